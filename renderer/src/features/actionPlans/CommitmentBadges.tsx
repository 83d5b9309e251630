import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommitmentStatus, MissingItem } from '../../../../shared/dto';

export const STATUS_COLOR: Record<CommitmentStatus, string> = { draft: 'gray', dicetak: 'blue', ditandatangani: 'teal', diarsipkan: 'green', menolak: 'red' };

export function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`actionPlans.statusHints.${status}`)} multiline w={220}>
      <Badge variant={status === 'draft' ? 'outline' : 'light'} color={STATUS_COLOR[status]} radius="sm" data-status={status}>
        {t(`actionPlans.status.${status}`)}
      </Badge>
    </Tooltip>
  );
}

export function MissingBadges({ missing }: { missing: readonly MissingItem[] }) {
  const { t } = useTranslation();
  const shown = missing.filter((m) => m === 'reprint' || m === 'noScan');
  if (shown.length === 0) return null;
  return (
    <Group gap={4}>
      {shown.map((m) => (
        <Badge key={m} size="xs" variant="light" color={m === 'reprint' ? 'orange' : 'yellow'} radius="sm">
          {t(`actionPlans.missing.${m}`)}
        </Badge>
      ))}
    </Group>
  );
}
