import { Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { calendarDaySaveInput, type CalendarDaySaveInput } from '../../../../../shared/contract/caseSetup';
import { CALENDAR_DAY_KINDS, type CalendarDayDto, type CalendarDayKind } from '../../../../../shared/dto';
import { useSaveCalendarDay } from '../../../api/caseSetup';
import { useSchemaForm } from '../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../components/forms/schemaSubmit';
import { notifySuccess } from '../../../components/notify';
import { DialogButtons, SaveError } from '../detail/dialogs/DialogParts';

interface Values extends Record<string, unknown> {
  date: string;
  name: string;
  kind: CalendarDayKind;
  active: boolean;
}
const FIELDS = ['date', 'name', 'kind', 'active'];

/** A day off (or a correction of one); saving recomputes every open case's deadlines. */
export function CalendarDayForm({ day, year, onClose }: { day?: CalendarDayDto; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCalendarDay();
  const prepare = (v: Values): CalendarDaySaveInput => ({ ...(day?.id ? { id: day.id, expectedUpdatedAt: day.updatedAt } : {}), ...v });
  const sf = useSchemaForm<Values>(
    calendarDaySaveInput,
    { date: day?.date ?? `${year}-01-01`, name: day?.name ?? '', kind: day?.kind ?? 'cuti_bersama', active: day?.active ?? true },
    prepare,
  );
  const { form, server } = sf;
  const submit = schemaSubmit(sf, FIELDS, async (values) => {
    const saved = await save.mutateAsync(prepare(values));
    notifySuccess(t('cases.calendar.saved'), saved.name);
    onClose();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveError error={save.error} fields={FIELDS} unplaced={server.unplaced(FIELDS)} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput type="date" label={t('cases.calendar.date')} withAsterisk data-autofocus {...form.getInputProps('date')} />
          <Select label={t('cases.calendar.kind')} data={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`cases.calendar.kinds.${k}`) }))} allowDeselect={false} {...form.getInputProps('kind')} />
        </SimpleGrid>
        <TextInput label={t('cases.calendar.name')} withAsterisk {...form.getInputProps('name')} />
        <Switch label={t('cases.calendar.dayOff')} description={t('cases.calendar.dayOffHelp')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <DialogButtons onCancel={onClose} pending={save.isPending} submit={t('common.save')} />
      </Stack>
    </form>
  );
}
