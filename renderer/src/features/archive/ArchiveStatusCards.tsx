import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../../../shared/archive';
import type { ArchiveStatusDto } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { formatTimestamp } from '../../components/formatTimestamp';

function Card({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper px="md" py="sm" withBorder>
      <Stack gap={2}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** Last export, last backup and this office's key; warns when backups are overdue. */
export function ArchiveStatusCards({ status, onBackupTab, onOpenBackups }: { status: ArchiveStatusDto; onBackupTab: boolean; onOpenBackups: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { backup } = status;
  const newest = [backup.app.newest, backup.user.newest].filter((v): v is string => v !== null).sort().at(-1) ?? null;
  const exported = status.lastExport;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card label={t('archive.status.lastExport')}>
          {exported ? (
            <Group gap="xs">
              <Text fw={600}>{formatTimestamp(exported.createdAt, lang)}</Text>
              <Badge variant="light" color={exported.status === 'completed' ? 'teal' : exported.status === 'running' ? 'blue' : 'red'}>
                {t(`archive.export.statuses.${exported.status}`)}
              </Badge>
            </Group>
          ) : (
            <Text c="dimmed">{t('archive.status.none')}</Text>
          )}
        </Card>
        <Card label={t('archive.status.lastBackup')}>
          <Text fw={600} c={backup.app.overdue ? 'red' : undefined} data-testid="last-backup">
            {newest ? formatTimestamp(newest, lang) : t('archive.status.none')}
          </Text>
        </Card>
        <Card label={t('archive.status.ownKey')}>
          <Text ff="monospace" size="sm">
            {status.ownKeyFingerprint ? formatFingerprint(status.ownKeyFingerprint, 4) : t('archive.status.noKey')}
          </Text>
        </Card>
      </SimpleGrid>
      {backup.app.overdue && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title={t('archive.status.overdueTitle')} role="alert">
          <Group gap="xs">
            <Text size="sm">{newest ? t('archive.status.overdue') : t('archive.status.never')}</Text>
            {!onBackupTab && (
              <Anchor component="button" size="sm" onClick={onOpenBackups}>
                {t('archive.status.openBackups')}
              </Anchor>
            )}
          </Group>
        </Alert>
      )}
      {!backup.app.overdue && backup.user.path && backup.user.overdue && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />}>
          {t('archive.status.userOverdue', { path: backup.user.path })}
        </Alert>
      )}
      {onBackupTab && !backup.user.path && <Alert color="yellow" variant="light">{t('archive.status.noUserFolder')}</Alert>}
      {backup.lastError && <Alert color="red" variant="light">{t('archive.status.lastError', { message: backup.lastError })}</Alert>}
    </Stack>
  );
}
