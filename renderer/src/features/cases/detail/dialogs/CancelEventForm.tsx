import { Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { caseEventCancelInput } from '../../../../../../shared/contract/cases';
import type { CaseEventDto } from '../../../../../../shared/dto';
import { useCancelCaseEvent } from '../../../../api/cases';
import { useSchemaForm } from '../../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../../components/forms/schemaSubmit';
import { notifySuccess } from '../../../../components/notify';
import { DialogButtons, SaveError } from './DialogParts';

interface Values extends Record<string, unknown> {
  reason: string;
}
const FIELDS = ['reason'];

/** An entry made by mistake is cancelled with a reason, never deleted; a letter's number is voided. */
export function CancelEventForm({ event, onClose }: { event: CaseEventDto; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelCaseEvent();
  const prepare = (v: Values) => ({ id: event.id, expectedUpdatedAt: event.updatedAt, reason: v.reason });
  const sf = useSchemaForm<Values>(caseEventCancelInput, { reason: '' }, prepare);
  const { form, server } = sf;
  const submit = schemaSubmit(sf, FIELDS, async (values) => {
    await cancel.mutateAsync(prepare(values));
    notifySuccess(t('cases.events.cancelled'), event.title);
    onClose();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t(event.letterNumber ? 'cases.events.cancelLetterText' : 'cases.events.cancelText', { title: event.title, number: event.letterNumber })}</Text>
        <SaveError error={cancel.error} fields={FIELDS} unplaced={server.unplaced(FIELDS)} />
        <TextInput label={t('cases.events.cancelReason')} withAsterisk data-autofocus {...form.getInputProps('reason')} />
        <DialogButtons onCancel={onClose} pending={cancel.isPending} submit={t('cases.events.cancel')} color="red" />
      </Stack>
    </form>
  );
}
