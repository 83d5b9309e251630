import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { endInput } from '../../../../shared/contract/roster';
import { todayIso } from '../../../../shared/dates';
import type { AssignmentDto, EndReason } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useEndAssignment } from '../../api/roster';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import { DateField, EndReasonSelect } from './focalFormParts';
import { useLastValue } from './useLastValue';

interface Props {
  /** The assignment to end; null = closed. */
  assignment: AssignmentDto | null;
  onClose: () => void;
}

interface EndFormValues extends Record<string, unknown> {
  endDate: string;
  endReason: EndReason | '';
  endNote: string;
}

const FIELDS = ['endDate', 'endReason', 'endNote'];

/** "Akhiri": a focal point leaves without a successor (a backup steps down, or a gap opens). */
export function EndAssignmentModal({ assignment, onClose }: Props) {
  const { t } = useTranslation();
  const shown = useLastValue(assignment);
  return (
    <Modal opened={assignment !== null} onClose={onClose} title={t('focal.endTitle')} size="md" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {shown && <EndForm key={shown.id} assignment={shown} onClose={onClose} />}
    </Modal>
  );
}

function EndForm({ assignment: a, onClose }: { assignment: AssignmentDto; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useEndAssignment();
  const prepare = (v: EndFormValues) => ({ assignmentId: a.id, endDate: v.endDate, endReason: v.endReason as EndReason, endNote: v.endNote });
  const { form, server, focusFirstError } = useSchemaForm<EndFormValues>(endInput, { endDate: todayIso(), endReason: '', endNote: '' }, prepare);

  const save = async (values: EndFormValues) => {
    server.clearAll();
    try {
      await end.mutateAsync(prepare(values));
      notifySuccess(t('focal.ended'), a.person.name);
      onClose();
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error) && error.hasFieldErrors) focusFirstError(FIELDS, error.fields);
    }
  };

  return (
    <form onSubmit={form.onSubmit(save, (errors) => focusFirstError(FIELDS, errors))} noValidate>
      <Stack gap="md">
        <Text size="sm">{t(a.role === 'utama' ? 'focal.endTextPrimary' : 'focal.endTextBackup', { name: a.person.name, agency: a.agencyName })}</Text>
        {end.isError && formAlertNeeded(end.error, FIELDS) && <ErrorAlert error={end.error} title={t('errors.saveFailed')} extraFields={server.unplaced(FIELDS)} />}
        <DateField label={t('focal.endDate')} required inputProps={form.getInputProps('endDate')} description={t('focal.endDateHelp')} />
        <EndReasonSelect inputProps={form.getInputProps('endReason')} data-autofocus />
        <TextInput label={t('focal.endNote')} placeholder={t('focal.endNotePlaceholder')} {...form.getInputProps('endNote')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={end.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={end.isPending}>
            {t('focal.endSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
