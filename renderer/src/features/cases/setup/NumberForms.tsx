import { Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { numberReserveInput, numberVoidInput } from '../../../../../shared/contract/caseSetup';
import type { NumberSeries, RegisterNumberDto } from '../../../../../shared/dto';
import { useReserveNumber, useVoidNumber } from '../../../api/caseSetup';
import { useSchemaForm } from '../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../components/forms/schemaSubmit';
import { notifySuccess } from '../../../components/notify';
import { DialogButtons, SaveError } from '../detail/dialogs/DialogParts';

interface ReserveValues extends Record<string, unknown> {
  date: string;
  reason: string;
}
const RESERVE_FIELDS = ['date', 'reason'];

/** Holds the next number of a series for later (e.g. written on a paper form); the reason is kept. */
export function ReserveNumberForm({ series, today, onClose }: { series: NumberSeries; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const reserve = useReserveNumber();
  const prepare = (v: ReserveValues) => ({ series, ...v });
  const sf = useSchemaForm<ReserveValues>(numberReserveInput, { date: today, reason: '' }, prepare);
  const { form, server } = sf;
  const submit = schemaSubmit(sf, RESERVE_FIELDS, async (values) => {
    const n = await reserve.mutateAsync(prepare(values));
    notifySuccess(t('cases.numbers.reserved', { number: n.number }));
    onClose();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t(`cases.numbers.reserveText.${series}`)}</Text>
        <SaveError error={reserve.error} fields={RESERVE_FIELDS} unplaced={server.unplaced(RESERVE_FIELDS)} />
        <TextInput type="date" label={t('cases.numbers.date')} withAsterisk {...form.getInputProps('date')} />
        <TextInput label={t('cases.numbers.reason')} placeholder={t('cases.numbers.reservePlaceholder')} withAsterisk data-autofocus {...form.getInputProps('reason')} />
        <DialogButtons onCancel={onClose} pending={reserve.isPending} submit={t('cases.numbers.reserve')} />
      </Stack>
    </form>
  );
}

interface VoidValues extends Record<string, unknown> {
  reason: string;
}

/** Voids a number that will not be used: it stays in the register with the reason, never reused. */
export function VoidNumberForm({ number, onClose }: { number: RegisterNumberDto; onClose: () => void }) {
  const { t } = useTranslation();
  const voidNumber = useVoidNumber();
  const prepare = (v: VoidValues) => ({ id: number.id, reason: v.reason });
  const sf = useSchemaForm<VoidValues>(numberVoidInput, { reason: '' }, prepare);
  const { form, server } = sf;
  const submit = schemaSubmit(sf, ['reason'], async (values) => {
    await voidNumber.mutateAsync(prepare(values));
    notifySuccess(t('cases.numbers.voided', { number: number.number }));
    onClose();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('cases.numbers.voidText', { number: number.number })}</Text>
        <SaveError error={voidNumber.error} fields={['reason']} unplaced={server.unplaced(['reason'])} />
        <TextInput label={t('cases.numbers.reason')} withAsterisk data-autofocus {...form.getInputProps('reason')} />
        <DialogButtons onCancel={onClose} pending={voidNumber.isPending} submit={t('cases.numbers.void')} color="red" />
      </Stack>
    </form>
  );
}
