import { ActionIcon, Badge, Button, Group, Input, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { recordAttendanceInput } from '../../../../shared/contract/events';
import { ATTENDED, type AttendanceStatus, type InvitationDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useRecordAttendance } from '../../api/events';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import { useLastValue } from '../roster/useLastValue';

interface AttendeeValues {
  name: string;
  position: string;
  phone: string;
  personId: string | null;
}

interface AttendanceValues extends Record<string, unknown> {
  attendance: AttendanceStatus;
  attendees: AttendeeValues[];
  note: string;
}

const FIELDS = ['attendance', 'attendees', 'note'];
/** "Not recorded" last: it is the way back, not a choice made at the event. */
const ATTENDANCE_ORDER: readonly AttendanceStatus[] = ['hadir', 'diwakilkan', 'tidak_hadir', 'belum'];

/** Who came from one invited agency; the designated focal point is offered first. */
export function AttendanceModal({ invitation, onClose }: { invitation: InvitationDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const shown = useLastValue(invitation);
  return (
    <Modal opened={invitation !== null} onClose={onClose} title={shown ? t('events.attendanceTitle', { agency: shown.agencyShortName || shown.agencyName }) : ''} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {shown && <AttendanceForm key={shown.id + shown.updatedAt} invitation={shown} onClose={onClose} />}
    </Modal>
  );
}

function initial(inv: InvitationDto): AttendanceValues {
  const fp = inv.designatedFocal;
  if (inv.attendance === 'belum' && fp) {
    return { attendance: 'hadir', attendees: [{ name: fp.name, position: fp.position, phone: fp.phone, personId: fp.personId }], note: inv.note };
  }
  return { attendance: inv.attendance === 'belum' ? 'hadir' : inv.attendance, attendees: inv.attendees.map((a) => ({ ...a })), note: inv.note };
}

function AttendanceForm({ invitation: inv, onClose }: { invitation: InvitationDto; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordAttendance();
  const statusLabel = useId();
  const prepare = (v: AttendanceValues) => ({ invitationId: inv.id, expectedUpdatedAt: inv.updatedAt, ...v, attendees: ATTENDED.includes(v.attendance) ? v.attendees : [] });
  const { form, server, focusFirstError } = useSchemaForm<AttendanceValues>(recordAttendanceInput, initial(inv), prepare);
  const attended = ATTENDED.includes(form.values.attendance);
  const fp = inv.designatedFocal;
  const fpListed = fp !== null && form.values.attendees.some((a) => a.personId === fp.personId);

  // With a designated focal point, "hadir" or "diwakilkan" follows from whether they are listed.
  const setAttendees = (next: AttendeeValues[]) => {
    form.setFieldValue('attendees', next);
    if (fp && attended) form.setFieldValue('attendance', next.some((a) => a.personId === fp.personId) ? 'hadir' : 'diwakilkan');
  };

  const save = async (values: AttendanceValues) => {
    server.clearAll();
    try {
      await record.mutateAsync(prepare(values));
      notifySuccess(t('events.attendanceSaved'), inv.agencyName);
      onClose();
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error)) focusFirstError(FIELDS, error.fields);
    }
  };

  return (
    <form onSubmit={form.onSubmit(save, (errors) => focusFirstError(FIELDS, errors))} noValidate>
      <Stack gap="md">
        {record.isError && formAlertNeeded(record.error, FIELDS) && <ErrorAlert error={record.error} title={t('errors.saveFailed')} extraFields={server.unplaced(FIELDS)} />}
        <Input.Wrapper label={t('events.attendanceStatus')} labelElement="div" labelProps={{ id: statusLabel }} error={form.getInputProps('attendance').error}>
          <div>
            <SegmentedControl
              aria-labelledby={statusLabel}
              fullWidth
              value={form.values.attendance}
              onChange={(v) => form.setFieldValue('attendance', v as AttendanceStatus)}
              data={ATTENDANCE_ORDER.map((s) => ({ value: s, label: t(`events.attendance.${s}`) }))}
            />
          </div>
        </Input.Wrapper>
        {attended && (
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('events.attendees')}
            </Text>
            {form.values.attendees.map((a, i) => (
              <Group key={i} gap="xs" align="flex-start" wrap="nowrap" data-attendee={i}>
                <TextInput aria-label={`${t('events.attendeeName')} ${i + 1}`} placeholder={t('events.attendeeName')} flex={3} {...form.getInputProps(`attendees.${i}.name`)} />
                <TextInput aria-label={`${t('events.attendeePosition')} ${i + 1}`} placeholder={t('events.attendeePosition')} flex={3} {...form.getInputProps(`attendees.${i}.position`)} />
                <TextInput aria-label={`${t('events.attendeePhone')} ${i + 1}`} placeholder={t('events.attendeePhone')} flex={2} {...form.getInputProps(`attendees.${i}.phone`)} />
                {a.personId && a.personId === fp?.personId ? (
                  <Badge variant="light" color="teal" mt={8} radius="sm">
                    {t('events.isFocal')}
                  </Badge>
                ) : null}
                <ActionIcon variant="subtle" color="red" mt={4} aria-label={t('events.removeAttendee', { name: a.name || String(i + 1) })} onClick={() => setAttendees(form.values.attendees.filter((_, k) => k !== i))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            {form.errors.attendees && (
              <Text size="xs" c="red">
                {form.errors.attendees}
              </Text>
            )}
            {server.text('attendees') && (
              <Text size="xs" c="red">
                {server.text('attendees')}
              </Text>
            )}
            <Group gap="xs">
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAttendees([...form.values.attendees, { name: '', position: '', phone: '', personId: null }])}>
                {t('events.addAttendee')}
              </Button>
              {fp && !fpListed && (
                <Button size="xs" variant="default" leftSection={<IconUserPlus size={14} />} onClick={() => setAttendees([{ name: fp.name, position: fp.position, phone: fp.phone, personId: fp.personId }, ...form.values.attendees])}>
                  {t('events.addFocal', { name: fp.name })}
                </Button>
              )}
            </Group>
          </Stack>
        )}
        <Textarea label={t('events.attendanceNote')} autosize minRows={1} maxRows={3} {...form.getInputProps('note')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={record.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
