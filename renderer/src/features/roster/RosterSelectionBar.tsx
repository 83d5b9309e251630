import { Button, Group, Text } from '@mantine/core';
import { IconChecks, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './Roster.module.css';

interface Props {
  count: number;
  onConfirm: () => void;
  onClear: () => void;
  confirming: boolean;
}

/** Shown while rows are selected: "Konfirmasi data" for all of them at once. */
export function RosterSelectionBar({ count, onConfirm, onClear, confirming }: Props) {
  const { t } = useTranslation();
  return (
    <Group px="md" py={8} justify="space-between" className={classes.bulkBar} role="region" aria-label={t('roster.selectionLabel')}>
      <Text size="sm" fw={600} c="simpul.9" aria-live="polite">
        {t('roster.selectedCount', { count })}
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onClear} disabled={confirming}>
          {t('roster.clearSelection')}
        </Button>
        <Button size="xs" leftSection={<IconChecks size={15} />} onClick={onConfirm} loading={confirming}>
          {t('roster.confirmSelected')}
        </Button>
      </Group>
    </Group>
  );
}
