import { Alert, Checkbox, Group, Loader, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconSend, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { caseForwardInput } from '../../../../../../shared/contract/cases';
import { isIsoDate } from '../../../../../../shared/dates';
import type { CaseDetailDto } from '../../../../../../shared/dto';
import { useForwardCase } from '../../../../api/cases';
import { useCaseMaster } from '../../../../api/caseSetup';
import { useFocalAsOf } from '../../../../api/roster';
import { useSchemaForm } from '../../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../../components/forms/schemaSubmit';
import { notifySuccess } from '../../../../components/notify';
import { DialogButtons, SaveError } from './DialogParts';

interface Values extends Record<string, unknown> {
  date: string;
  note: string;
  advance: boolean;
}
const FIELDS = ['date', 'note', 'stageId'];

/** The stage a case still in intake moves to when forwarded: the first active examination stage. */
function useExaminationStage(c: CaseDetailDto): { id: string; name: string } | null {
  const master = useCaseMaster();
  if (c.stagePhase !== 'intake' || !master.data) return null;
  const next = master.data.stage.filter((s) => s.active && s.phase === 'examination').sort((a, b) => a.sortOrder - b.sortOrder)[0];
  return next ? { id: next.id, name: next.name } : null;
}

/** Who will be stamped on the case: the primary focal point serving on the chosen day. */
function FocalOnDate({ agencyId, date }: { agencyId: string; date: string }) {
  const { t } = useTranslation();
  const asOf = useFocalAsOf(agencyId, isIsoDate(date) ? date : null);
  if (!isIsoDate(date)) return null;
  if (asOf.isPending) return <Loader size="xs" />;
  const p = asOf.data?.primary;
  if (!p) {
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
        <Text size="sm">{t('cases.forward.noFocal')}</Text>
      </Alert>
    );
  }
  return (
    <Paper p="xs" bg="gray.0">
      <Group gap="xs" wrap="nowrap">
        <IconUserCheck size={18} aria-hidden />
        <div>
          <Text size="xs" c="dimmed">
            {t('cases.forward.willStamp')}
          </Text>
          <Text size="sm" fw={600}>
            {p.person.name}
          </Text>
          {p.person.position && (
            <Text size="xs" c="dimmed">
              {p.person.position}
            </Text>
          )}
        </div>
      </Group>
    </Paper>
  );
}

/** "Teruskan ke instansi": records the forwarding and stamps the focal point of that day. */
export function ForwardForm({ c, onClose }: { c: CaseDetailDto; onClose: () => void }) {
  const { t } = useTranslation();
  const forward = useForwardCase();
  const examination = useExaminationStage(c);
  const prepare = (v: Values) => ({ caseId: c.id, date: v.date, note: v.note, stageId: v.advance && examination ? examination.id : null });
  const sf = useSchemaForm<Values>(caseForwardInput, { date: c.today, note: '', advance: true }, prepare);
  const { form, server } = sf;

  const submit = schemaSubmit(sf, FIELDS, async (values) => {
    const saved = await forward.mutateAsync(prepare(values));
    notifySuccess(t('cases.forward.done'), saved.focalPoint ? t('cases.forward.doneVia', { name: saved.focalPoint.name }) : saved.agencyName);
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('cases.forward.text', { agency: c.agencyName })}</Text>
        <SaveError error={forward.error} fields={FIELDS} unplaced={server.unplaced(FIELDS)} />
        <TextInput type="date" label={t('cases.forward.date')} withAsterisk data-autofocus {...form.getInputProps('date')} />
        <FocalOnDate agencyId={c.agencyId} date={form.values.date} />
        <Textarea label={t('cases.forward.note')} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
        {examination && (
          <Checkbox
            label={t('cases.forward.advance', { stage: examination.name })}
            description={t('cases.forward.advanceHint')}
            {...form.getInputProps('advance', { type: 'checkbox' })}
          />
        )}
        <Text size="xs" c="dimmed">
          {t('cases.forward.letterHint')}
        </Text>
        <DialogButtons onCancel={onClose} pending={forward.isPending} submit={t('cases.forward.submit')} icon={<IconSend size={16} />} />
      </Stack>
    </form>
  );
}
