import { Alert, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { caseStageChangeInput, type CaseStageChangeInput } from '../../../../../../shared/contract/cases';
import type { CaseDetailDto } from '../../../../../../shared/dto';
import { msg } from '../../../../../../shared/messages';
import { useChangeStage } from '../../../../api/cases';
import { useSchemaForm } from '../../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../../components/forms/schemaSubmit';
import { notifySuccess } from '../../../../components/notify';
import { useCaseMasterOptions } from '../../useCaseMasterOptions';
import { DialogButtons, SaveError } from './DialogParts';

interface Values extends Record<string, unknown> {
  stageId: string;
  date: string;
  note: string;
  outcomeId: string;
  closureReason: string;
}
const FIELDS = ['stageId', 'date', 'outcomeId', 'closureReason', 'note'];

/** Moves the case to another stage; closing asks for the outcome and the reason, here and in the core. */
export function StageChangeForm({ c, onClose }: { c: CaseDetailDto; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangeStage();
  const master = useCaseMasterOptions([c.stageId]);
  const prepare = (v: Values): CaseStageChangeInput => ({
    caseId: c.id,
    expectedUpdatedAt: c.updatedAt,
    stageId: v.stageId || (undefined as unknown as string),
    date: v.date,
    note: v.note,
    outcomeId: v.outcomeId || null,
    closureReason: v.closureReason,
  });
  const sf = useSchemaForm<Values>(caseStageChangeInput, { stageId: '', date: c.today, note: '', outcomeId: '', closureReason: '' }, prepare);
  const { form, server, lang, focusFirstError } = sf;
  const closing = master.byId.get(form.values.stageId)?.phase === 'closed';

  const submit = schemaSubmit(sf, FIELDS, async (values) => {
    // The core refuses the same; saying it here spares a round trip and points at the inputs.
    if (closing && (!values.outcomeId || !values.closureReason.trim())) {
      if (!values.outcomeId) form.setFieldError('outcomeId', msg('caseCloseNeedsOutcome', {}, lang));
      if (!values.closureReason.trim()) form.setFieldError('closureReason', msg('caseCloseNeedsReason', {}, lang));
      focusFirstError(FIELDS, { outcomeId: !values.outcomeId, closureReason: !values.closureReason.trim() });
      return;
    }
    const saved = await change.mutateAsync(prepare(closing ? values : { ...values, outcomeId: '', closureReason: '' }));
    notifySuccess(saved.closedOn ? t('cases.stage.closed') : t('cases.stage.changed'), saved.stageName);
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('cases.stage.current', { stage: c.stageName })}</Text>
        <SaveError error={change.error} fields={FIELDS} unplaced={server.unplaced(FIELDS)} />
        <Select
          label={t('cases.stage.to')}
          data={master.options.stage.filter((o) => o.value !== c.stageId)}
          withAsterisk
          data-autofocus
          allowDeselect={false}
          {...form.getInputProps('stageId')}
        />
        <TextInput type="date" label={t('cases.stage.date')} withAsterisk {...form.getInputProps('date')} />
        {closing && (
          <>
            <Alert color="teal" variant="light" icon={<IconInfoCircle size={18} />} p="xs">
              <Text size="sm">{t('cases.stage.closingHint')}</Text>
            </Alert>
            <Select label={t('cases.stage.outcome')} data={master.options.outcome} withAsterisk allowDeselect={false} {...form.getInputProps('outcomeId')} />
            <Textarea label={t('cases.stage.closureReason')} withAsterisk autosize minRows={2} maxRows={6} {...form.getInputProps('closureReason')} />
          </>
        )}
        <Textarea label={t('cases.stage.note')} autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <DialogButtons onCancel={onClose} pending={change.isPending} submit={closing ? t('cases.stage.closeSubmit') : t('cases.stage.submit')} color={closing ? 'teal' : undefined} />
      </Stack>
    </form>
  );
}
