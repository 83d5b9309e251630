import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assignInput, type AssignInput } from '../../../../shared/contract/roster';
import { todayIso } from '../../../../shared/dates';
import type { FocalRole } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useAssignFocalPoint } from '../../api/roster';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import { DateField, DecreeFields } from './focalFormParts';
import { PersonRefFields } from './PersonRefFields';
import { useLastValue } from './useLastValue';
import { emptyPersonRef, personRefPaths, toPersonRef, withRefError, type PersonMode, type PersonRefValues } from './personRefValues';

interface Props {
  /** Open for this role ("Tetapkan narahubung" = utama, "Tambah cadangan" = cadangan); null = closed. */
  role: FocalRole | null;
  agencyId: string;
  /** People already serving the agency (cannot be appointed twice). */
  serving: string[];
  onClose: () => void;
}

interface AssignFormValues extends Record<string, unknown> {
  person: PersonRefValues;
  startDate: string;
  decreeNumber: string;
  decreeDate: string;
  notes: string;
}

const FIELDS = [...personRefPaths('person'), 'startDate', 'decreeNumber', 'decreeDate', 'notes'];

const toInput = (agencyId: string, role: FocalRole, v: AssignFormValues): AssignInput => ({
  agencyId,
  role,
  person: toPersonRef(v.person),
  startDate: v.startDate,
  decreeNumber: v.decreeNumber,
  decreeDate: v.decreeDate || null,
  notes: v.notes,
});

export function AssignFocalModal({ role, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  const shown = useLastValue(role);
  return (
    <Modal
      opened={role !== null}
      onClose={onClose}
      title={shown === 'cadangan' ? t('focal.addBackupTitle') : t('focal.assignTitle')}
      size={620}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {shown && <AssignFocalForm key={shown} role={shown} onClose={onClose} {...rest} />}
    </Modal>
  );
}

function AssignFocalForm({ role, agencyId, serving, onClose }: Omit<Props, 'role'> & { role: FocalRole }) {
  const { t } = useTranslation();
  const assign = useAssignFocalPoint();
  const { form, server, focusFirstError } = useSchemaForm<AssignFormValues>(
    assignInput,
    { person: emptyPersonRef(), startDate: todayIso(), decreeNumber: '', decreeDate: '', notes: '' },
    (v) => toInput(agencyId, role, v),
  );

  const save = async (values: AssignFormValues) => {
    server.clearAll();
    try {
      const saved = await assign.mutateAsync(toInput(agencyId, role, values));
      notifySuccess(role === 'cadangan' ? t('focal.backupAdded') : t('focal.assigned'), saved.person.name);
      onClose();
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error) && error.hasFieldErrors) focusFirstError(FIELDS, withRefError('person', error.fields));
    }
  };
  const submit = form.onSubmit(save, (errors) => focusFirstError(FIELDS, withRefError('person', errors)));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {role === 'cadangan' ? t('focal.addBackupText') : t('focal.assignText')}
        </Text>
        {assign.isError && formAlertNeeded(assign.error, FIELDS) && <ErrorAlert error={assign.error} title={t('errors.saveFailed')} extraFields={server.unplaced(FIELDS)} />}
        <PersonRefFields
          label={role === 'cadangan' ? t('focal.backupPerson') : t('focal.primaryPerson')}
          value={form.values.person}
          inputProps={(path) => form.getInputProps(`person.${path}`)}
          setMode={(mode: PersonMode) => {
            form.setFieldValue('person.mode', mode);
            form.clearFieldError('person');
          }}
          setPersonId={(id) => {
            form.setFieldValue('person.personId', id);
            form.clearFieldError('person');
          }}
          exclude={serving}
          error={(form.errors.person as string | undefined) ?? server.text('person')}
        />
        <DateField label={t('focal.startDate')} required inputProps={form.getInputProps('startDate')} description={t('focal.startDateHelp')} />
        <DecreeFields number={form.getInputProps('decreeNumber')} date={form.getInputProps('decreeDate')} />
        <Textarea label={t('focal.notes')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose} disabled={assign.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={assign.isPending}>
            {role === 'cadangan' ? t('focal.addBackupSubmit') : t('focal.assignSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
