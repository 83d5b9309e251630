import { Alert, Button, Divider, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { correctInput, type CorrectInput } from '../../../../shared/contract/roster';
import type { AssignmentDto, EndReason, FocalRole } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { queryKeys } from '../../api/keys';
import { useCorrectAssignment } from '../../api/roster';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import { DateField, DecreeFields, EndReasonSelect, RoleSelect } from './focalFormParts';
import { useLastValue } from './useLastValue';

interface Props {
  /** The assignment whose record is corrected; null = closed. */
  assignment: AssignmentDto | null;
  onClose: () => void;
}

interface CorrectFormValues extends Record<string, unknown> {
  role: FocalRole;
  decreeNumber: string;
  decreeDate: string;
  startDate: string;
  endDate: string;
  endReason: EndReason | '';
  endNote: string;
  lastConfirmedOn: string;
  notes: string;
  correctionNote: string;
}

const FIELDS = ['role', 'decreeNumber', 'decreeDate', 'startDate', 'endDate', 'endReason', 'endNote', 'lastConfirmedOn', 'notes', 'correctionNote'];

const toValues = (a: AssignmentDto): CorrectFormValues => ({
  role: a.role,
  decreeNumber: a.decreeNumber,
  decreeDate: a.decreeDate ?? '',
  startDate: a.startDate,
  endDate: a.endDate ?? '',
  endReason: a.endReason ?? '',
  endNote: a.endNote,
  lastConfirmedOn: a.lastConfirmedOn ?? '',
  notes: a.notes,
  correctionNote: '',
});

const toInput = (id: string, loadedAt: string, v: CorrectFormValues): CorrectInput => ({
  assignmentId: id,
  expectedUpdatedAt: loadedAt,
  role: v.role,
  decreeNumber: v.decreeNumber,
  decreeDate: v.decreeDate || null,
  startDate: v.startDate,
  endDate: v.endDate || null,
  endReason: (v.endReason || null) as EndReason | null,
  endNote: v.endNote,
  lastConfirmedOn: v.lastConfirmedOn || null,
  notes: v.notes,
  correctionNote: v.correctionNote,
});

/** "Koreksi": fixes mistyped history; every field is restated and the reason is kept in the audit. */
export function CorrectAssignmentModal({ assignment, onClose }: Props) {
  const { t } = useTranslation();
  const shown = useLastValue(assignment);
  return (
    <Modal opened={assignment !== null} onClose={onClose} title={shown ? t('focal.correctTitle', { name: shown.person.name }) : ''} size={640} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {shown && <CorrectForm key={shown.id} assignment={shown} onClose={onClose} />}
    </Modal>
  );
}

function CorrectForm({ assignment, onClose }: { assignment: AssignmentDto; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const correct = useCorrectAssignment();
  const [loadedAt, setLoadedAt] = useState(assignment.updatedAt);
  const [reloading, setReloading] = useState(false);
  const { form, server, focusFirstError } = useSchemaForm<CorrectFormValues>(correctInput, toValues(assignment), (v) => toInput(assignment.id, loadedAt, v));

  const save = async (values: CorrectFormValues) => {
    server.clearAll();
    try {
      await correct.mutateAsync(toInput(assignment.id, loadedAt, values));
      notifySuccess(t('focal.corrected'), assignment.person.name);
      onClose();
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error) && error.hasFieldErrors) focusFirstError(FIELDS, error.fields);
    }
  };

  // After a CONFLICT: take the latest version; the reason typed so far is kept.
  const reloadLatest = async () => {
    setReloading(true);
    try {
      const history = await client.fetchQuery({
        queryKey: queryKeys.roster.history(assignment.agencyId),
        queryFn: () => call((api) => api.roster.agencyHistory({ agencyId: assignment.agencyId })),
        staleTime: 0,
      });
      const fresh = history.find((h) => h.id === assignment.id);
      if (fresh) {
        const next = { ...toValues(fresh), correctionNote: form.values.correctionNote };
        form.setValues(next);
        form.resetDirty(next);
        setLoadedAt(fresh.updatedAt);
      }
      server.clearAll();
      correct.reset();
    } finally {
      setReloading(false);
    }
  };
  const conflict = isApiError(correct.error) && correct.error.code === 'CONFLICT' && !correct.error.hasFieldErrors;

  return (
    <form onSubmit={form.onSubmit(save, (errors) => focusFirstError(FIELDS, errors))} noValidate>
      <Stack gap="md">
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} p="sm">
          {t('focal.correctHint')}
        </Alert>
        {correct.isError && formAlertNeeded(correct.error, FIELDS) && (
          <ErrorAlert
            error={correct.error}
            title={t('errors.saveFailed')}
            extraFields={server.unplaced(FIELDS)}
            action={
              conflict && (
                <Button size="xs" color="red" onClick={() => void reloadLatest()} loading={reloading}>
                  {t('common.reloadLatest')}
                </Button>
              )
            }
          />
        )}
        <SimpleGrid cols={2} spacing="sm">
          <RoleSelect inputProps={form.getInputProps('role')} />
          <DateField label={t('focal.lastConfirmedOn')} inputProps={form.getInputProps('lastConfirmedOn')} />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <DateField label={t('focal.startDate')} required inputProps={form.getInputProps('startDate')} />
          <DateField label={t('focal.endDateOptional')} inputProps={form.getInputProps('endDate')} />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <EndReasonSelect inputProps={form.getInputProps('endReason')} clearable required={false} />
          <TextInput label={t('focal.endNote')} {...form.getInputProps('endNote')} />
        </SimpleGrid>
        <DecreeFields number={form.getInputProps('decreeNumber')} date={form.getInputProps('decreeDate')} />
        <Textarea label={t('focal.notes')} autosize minRows={2} maxRows={4} {...form.getInputProps('notes')} />
        <Divider />
        <TextInput label={t('focal.correctionNote')} placeholder={t('focal.correctionNotePlaceholder')} withAsterisk {...form.getInputProps('correctionNote')} data-autofocus />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={correct.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={correct.isPending}>
            {t('focal.correctSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
