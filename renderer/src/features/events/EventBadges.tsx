import { Badge, Group, Tooltip } from '@mantine/core';
import { IconUserCheck, IconUserExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, InvitationDto } from '../../../../shared/dto';

const COLOR: Record<AttendanceStatus, string> = { belum: 'gray', hadir: 'teal', tidak_hadir: 'red', diwakilkan: 'blue' };

export function AttendanceBadge({ status }: { status: AttendanceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === 'belum' ? 'outline' : 'light'} color={COLOR[status]} radius="sm">
      {t(`events.attendance.${status}`)}
    </Badge>
  );
}

/** Whether the designated focal point came (only once the agency attended). */
export function FocalBadge({ invitation }: { invitation: Pick<InvitationDto, 'focalCame'> }) {
  const { t } = useTranslation();
  if (invitation.focalCame === null) return null;
  return invitation.focalCame ? (
    <Badge variant="light" color="teal" radius="sm" leftSection={<IconUserCheck size={12} />}>
      {t('events.focalCame')}
    </Badge>
  ) : (
    <Tooltip label={t('events.countHints.focalReplaced')} multiline w={240}>
      <Badge variant="light" color="orange" radius="sm" leftSection={<IconUserExclamation size={12} />}>
        {t('events.focalReplaced')}
      </Badge>
    </Tooltip>
  );
}

export function InvitationBadges({ invitation }: { invitation: InvitationDto }) {
  return (
    <Group gap={6}>
      <AttendanceBadge status={invitation.attendance} />
      <FocalBadge invitation={invitation} />
    </Group>
  );
}
