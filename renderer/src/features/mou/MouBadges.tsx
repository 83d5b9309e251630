import { Badge, Group, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCalendarX, IconHourglassLow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MouAlert, MouStatus } from '../../../../shared/dto';

const STATUS_COLOR: Record<MouStatus, string> = { rencana: 'blue', ditandatangani: 'teal', berakhir: 'gray', dibatalkan: 'gray' };

export function MouStatusBadge({ status }: { status: MouStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === 'dibatalkan' ? 'outline' : 'light'} color={STATUS_COLOR[status]} radius="sm">
      {t(`mou.status.${status}`)}
    </Badge>
  );
}

export const ALERT_STYLE: Record<MouAlert, { color: string; icon: typeof IconAlertTriangle }> = {
  plannedOverdue: { color: 'orange', icon: IconCalendarX },
  expiringSoon: { color: 'yellow', icon: IconHourglassLow },
  expired: { color: 'red', icon: IconAlertTriangle },
};

export function MouAlertBadge({ alert }: { alert: MouAlert }) {
  const { t } = useTranslation();
  const { color, icon: Icon } = ALERT_STYLE[alert];
  return (
    <Tooltip label={t(`mou.alertHints.${alert}`)} multiline w={260}>
      <Badge variant="light" color={color} radius="sm" leftSection={<Icon size={12} stroke={2} />} data-alert={alert}>
        {t(`mou.alerts.${alert}`)}
      </Badge>
    </Tooltip>
  );
}

export function MouAlertBadges({ alerts }: { alerts: readonly MouAlert[] }) {
  if (alerts.length === 0) return null;
  return (
    <Group gap={6}>
      {alerts.map((a) => (
        <MouAlertBadge key={a} alert={a} />
      ))}
    </Group>
  );
}
