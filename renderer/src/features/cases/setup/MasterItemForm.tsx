import { NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { caseMasterSaveInput, type CaseMasterSaveInput } from '../../../../../shared/contract/caseSetup';
import { STAGE_PHASES, type CaseMasterItemDto, type CaseMasterList, type StagePhase } from '../../../../../shared/dto';
import { useSaveCaseMasterItem } from '../../../api/caseSetup';
import { useSchemaForm } from '../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../components/forms/schemaSubmit';
import { notifySuccess } from '../../../components/notify';
import { DialogButtons, SaveError } from '../detail/dialogs/DialogParts';

interface Values extends Record<string, unknown> {
  name: string;
  sortOrder: number;
  active: boolean;
  phase: StagePhase | '';
}
const FIELDS = ['name', 'phase', 'sortOrder', 'active'];

/** Adds or renames an item of one master list; an item in use is deactivated, never deleted. */
export function MasterItemForm({ list, item, nextOrder, onClose }: { list: CaseMasterList; item?: CaseMasterItemDto; nextOrder: number; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCaseMasterItem();
  const prepare = (v: Values): CaseMasterSaveInput => ({ ...(item ? { id: item.id } : {}), list, name: v.name, sortOrder: v.sortOrder, active: v.active, phase: list === 'stage' ? (v.phase || null) : null });
  const sf = useSchemaForm<Values>(
    caseMasterSaveInput,
    { name: item?.name ?? '', sortOrder: item?.sortOrder ?? nextOrder, active: item?.active ?? true, phase: item?.phase ?? '' },
    prepare,
  );
  const { form, server } = sf;
  const submit = schemaSubmit(sf, FIELDS, async (values) => {
    const saved = await save.mutateAsync(prepare(values));
    notifySuccess(item ? t('cases.setup.saved') : t('cases.setup.added'), saved.name);
    onClose();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveError error={save.error} fields={FIELDS} unplaced={server.unplaced(FIELDS)} />
        <TextInput label={t('cases.setup.itemName')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        {list === 'stage' && (
          <Select
            label={t('cases.setup.phase')}
            description={t('cases.setup.phaseHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={STAGE_PHASES.map((p) => ({ value: p, label: t(`cases.phases.${p}`) }))}
            withAsterisk
            allowDeselect={false}
            {...form.getInputProps('phase')}
          />
        )}
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput label={t('cases.setup.sortOrder')} min={0} max={10_000} allowDecimal={false} {...form.getInputProps('sortOrder')} />
          <Switch mt={30} label={t('common.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        </SimpleGrid>
        {item && item.usageCount > 0 && (
          <Text size="xs" c="dimmed">
            {t('cases.setup.inUse', { count: item.usageCount })}
          </Text>
        )}
        <DialogButtons onCancel={onClose} pending={save.isPending} submit={t('common.save')} />
      </Stack>
    </form>
  );
}
