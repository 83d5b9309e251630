import { Alert, Button, Divider, Group, Modal, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rotateInput } from '../../../../shared/contract/roster';
import type { AssignmentDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useHandoverDocument } from '../../api/documents';
import { useRotateFocalPoint } from '../../api/roster';
import { useLang } from '../../app/i18n';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import { longDate } from './focalDates';
import { DateField, DecreeFields, EndReasonSelect } from './focalFormParts';
import { PersonRefFields } from './PersonRefFields';
import classes from './RotateFocalModal.module.css';
import { withRefError, type PersonMode } from './personRefValues';
import { initialRotateValues, ROTATE_FIELDS, toRotateInput, type RotateFormValues } from './rotateFormValues';

interface Props {
  opened: boolean;
  agencyId: string;
  agencyName: string;
  /** The primary focal point serving now. */
  current: AssignmentDto;
  backups: AssignmentDto[];
  onClose: () => void;
}

/** "Ganti narahubung": modal shell; the form is remounted each time it opens. */
export function RotateFocalModal({ opened, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('focal.rotateTitle')} size={640} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <RotateFocalForm {...rest} onClose={onClose} />
    </Modal>
  );
}

function RotateFocalForm({ agencyId, agencyName, current, backups, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const lang = useLang();
  const rotate = useRotateFocalPoint();
  const handover = useHandoverDocument();
  const [done, setDone] = useState<{ ended: AssignmentDto; started: AssignmentDto } | null>(null);
  const { form, server, focusFirstError } = useSchemaForm<RotateFormValues>(rotateInput, initialRotateValues(), (v) => toRotateInput(agencyId, v));

  const save = async (values: RotateFormValues) => {
    server.clearAll();
    try {
      const result = await rotate.mutateAsync(toRotateInput(agencyId, values));
      notifySuccess(t('focal.rotated'), t('focal.rotatedText', { from: result.ended.person.name, to: result.started.person.name }));
      setDone(result);
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error) && error.hasFieldErrors) focusFirstError(ROTATE_FIELDS, withRefError('successor', error.fields));
    }
  };
  const submit = form.onSubmit(save, (errors) => focusFirstError(ROTATE_FIELDS, withRefError('successor', errors)));

  if (done) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} title={t('focal.rotated')}>
          <Text size="sm">
            {t('focal.rotatedSummary', { from: done.ended.person.name, to: done.started.person.name, date: longDate(done.started.startDate, lang), agency: agencyName })}
          </Text>
        </Alert>
        <Text size="sm" c="dimmed">
          {t('focal.handoverHint')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <DocumentActions
            label={t('focal.printHandover')}
            icon={IconFileText}
            variant="light"
            generate={() => handover.mutateAsync({ endedAssignmentId: done.ended.id, startedAssignmentId: done.started.id })}
          />
          <Button onClick={onClose}>{t('focal.finish')}</Button>
        </Group>
      </Stack>
    );
  }

  const generalShown = rotate.isError && formAlertNeeded(rotate.error, ROTATE_FIELDS);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Paper withBorder p="sm" radius="md" bg="gray.0">
          <Group gap="md" wrap="nowrap">
            <div className={classes.current}>
              <Text size="xs" c="dimmed">
                {t('focal.currentPrimary')}
              </Text>
              <Text size="sm" fw={600}>
                {current.person.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t('focal.sinceDate', { date: longDate(current.startDate, lang) })}
              </Text>
            </div>
            <IconArrowRight size={18} color="var(--mantine-color-gray-5)" aria-hidden className={classes.arrow} />
            <Text size="sm" c="dimmed">
              {t('focal.rotateExplain')}
            </Text>
          </Group>
        </Paper>
        {generalShown && <ErrorAlert error={rotate.error} title={t('errors.saveFailed')} extraFields={server.unplaced(ROTATE_FIELDS)} />}

        <Group grow align="flex-start" gap="sm">
          <DateField label={t('focal.rotateDate')} required inputProps={form.getInputProps('date')} description={t('focal.rotateDateHelp')} autoFocus />
          <EndReasonSelect inputProps={form.getInputProps('endReason')} description={t('focal.endReasonHelp')} />
        </Group>
        <TextInput label={t('focal.endNote')} placeholder={t('focal.endNotePlaceholder')} {...form.getInputProps('endNote')} />

        <Divider />
        <PersonRefFields
          label={t('focal.successor')}
          value={form.values.successor}
          inputProps={(path) => form.getInputProps(`successor.${path}`)}
          setMode={(mode: PersonMode) => {
            form.setFieldValue('successor.mode', mode);
            form.clearFieldError('successor');
          }}
          setPersonId={(id) => {
            form.setFieldValue('successor.personId', id);
            form.clearFieldError('successor');
          }}
          suggested={backups.map((b) => b.person)}
          exclude={[current.person.id]}
          error={(form.errors.successor as string | undefined) ?? server.text('successor')}
        />
        <DecreeFields number={form.getInputProps('decreeNumber')} date={form.getInputProps('decreeDate')} />
        <Textarea label={t('focal.notes')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />

        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose} disabled={rotate.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={rotate.isPending}>
            {t('focal.rotateSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
