import { Alert, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconInfoCircle, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { caseLetterInput, type CaseLetterInput } from '../../../../../../shared/contract/cases';
import { isIsoDate } from '../../../../../../shared/dates';
import { GENERATED_LETTER_KINDS, type CaseDetailDto, type GeneratedLetterKind } from '../../../../../../shared/dto';
import { isApiError } from '../../../../api/ApiError';
import { useAddDays, useDeadlineRules } from '../../../../api/caseSetup';
import { usePrintCaseLetter } from '../../../../api/cases';
import { useLang } from '../../../../app/i18n';
import { useDeliverDocument } from '../../../../components/documents/useDeliverDocument';
import { useSchemaForm } from '../../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../../components/forms/schemaSubmit';
import { notifyError, notifySuccess } from '../../../../components/notify';
import { longDate } from '../../../roster/focalDates';
import { DialogButtons, SaveError } from './DialogParts';

interface Values extends Record<string, unknown> {
  kind: GeneratedLetterKind;
  date: string;
  replyDays: number | '';
  extraText: string;
  copies: string;
}
const FIELDS = ['kind', 'date', 'replyDays', 'extraText', 'copies'];

/** Clarification request or reminder: numbered from the letter register, printed, put on the timeline. */
export function LetterForm({ c, letterKind, onClose }: { c: CaseDetailDto; letterKind: GeneratedLetterKind; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const print = usePrintCaseLetter();
  const deliver = useDeliverDocument();
  const rules = useDeadlineRules();
  const prepare = (v: Values): CaseLetterInput => ({
    caseId: c.id,
    kind: v.kind,
    date: v.date,
    ...(v.replyDays === '' ? {} : { replyDays: v.replyDays }),
    extraText: v.extraText,
    copies: v.copies,
  });
  const sf = useSchemaForm<Values>(caseLetterInput, { kind: letterKind, date: c.today, replyDays: '', extraText: '', copies: '' }, prepare);
  const { form, server } = sf;
  const v = form.values;
  const rule = rules.data?.find((r) => r.active && r.trigger === `letter_${v.kind}`);
  const days = v.replyDays === '' ? (rule?.days ?? 14) : v.replyDays;
  const unit = rule?.unit ?? 'working';
  const due = useAddDays(v.date, days, unit, isIsoDate(v.date) && days >= 1 && days <= 365);

  const submit = schemaSubmit(sf, FIELDS, async (values) => {
    const result = await print.mutateAsync(prepare(values));
    notifySuccess(t('cases.letters.printed', { number: result.letterNumber }), result.replyDueOn ? t('cases.letters.replyBy', { date: longDate(result.replyDueOn, lang) }) : undefined);
    onClose();
    await deliver(result.document, 'open').catch((error: unknown) => notifyError(t('attachments.openFailed'), isApiError(error) ? error.message : t('errors.unexpected')));
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SegmentedControl
          fullWidth
          value={v.kind}
          onChange={(k) => form.setFieldValue('kind', k as GeneratedLetterKind)}
          data={GENERATED_LETTER_KINDS.map((k) => ({ value: k, label: t(`cases.letters.kinds.${k}`) }))}
          aria-label={t('cases.letters.kind')}
        />
        <Text size="sm">{t(`cases.letters.explain.${v.kind}`, { agency: c.agencyName })}</Text>
        {!c.forwardedOn && v.kind === 'klarifikasi' && (
          <Alert color="simpul" variant="light" icon={<IconInfoCircle size={18} />} p="xs">
            <Text size="sm">{t('cases.letters.forwardsToo')}</Text>
          </Alert>
        )}
        <SaveError error={print.error} fields={FIELDS} unplaced={server.unplaced(FIELDS)} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput type="date" label={t('cases.letters.date')} withAsterisk {...form.getInputProps('date')} />
          <NumberInput
            label={t('cases.letters.replyDays', { unit: t(`cases.units.${unit}`) })}
            placeholder={String(rule?.days ?? 14)}
            min={1}
            max={365}
            allowDecimal={false}
            {...form.getInputProps('replyDays')}
          />
        </SimpleGrid>
        {due.data && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('cases.letters.dueOn', { date: longDate(due.data.date, lang) })}
          </Text>
        )}
        <Textarea label={t('cases.letters.extraText')} description={t('cases.letters.extraTextHelp')} inputWrapperOrder={['label', 'input', 'description', 'error']} autosize minRows={2} maxRows={6} {...form.getInputProps('extraText')} />
        <Textarea label={t('cases.letters.copies')} description={t('cases.letters.copiesHelp')} inputWrapperOrder={['label', 'input', 'description', 'error']} autosize minRows={1} maxRows={4} {...form.getInputProps('copies')} />
        <DialogButtons onCancel={onClose} pending={print.isPending} submit={t('cases.letters.submit')} icon={<IconPrinter size={16} />} />
      </Stack>
    </form>
  );
}
