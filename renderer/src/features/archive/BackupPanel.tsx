import { Badge, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDatabase, IconFolder, IconFolderOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveStatusDto, BackupFolderStateDto, RestoreResultDto } from '../../../../shared/dto';
import type { RestoreInput } from '../../../../shared/contract/backup';
import { useBackupNow, useChooseBackupFolder, useSetRotation } from '../../api/archive';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatTimestamp';
import { notifyError, notifySuccess } from '../../components/notify';
import { BackupList } from './BackupList';
import { RestoreModal } from './RestoreModal';
import { StagedFilePicker } from './StagedFilePicker';

function FolderState({ label, state }: { label: string; state: BackupFolderStateDto }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text fw={600}>{label}</Text>
        {state.path && state.overdue && <Badge color="red">{t('archive.status.overdueTitle')}</Badge>}
      </Group>
      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {state.path ?? t('archive.backup.notChosen')}
        {state.path && !state.available && ` (${t('archive.backup.unavailable')})`}
      </Text>
      {state.newest && <Text size="sm">{t('archive.backup.newest', { when: formatTimestamp(state.newest, lang) })}</Text>}
    </Stack>
  );
}

/** Backups: where they go, one now, how many are kept, the files, and restoring one. */
export function BackupPanel({ status }: { status: ArchiveStatusDto }) {
  const { t } = useTranslation();
  const b = status.backup;
  const now = useBackupNow();
  const folder = useChooseBackupFolder();
  const rotation = useSetRotation();
  const [keep, setKeep] = useState({ keepDaily: b.keepDaily, keepMonthly: b.keepMonthly });
  const [restore, setRestore] = useState<{ input: RestoreInput; label: string } | null>(null);

  const backupNow = () =>
    now.mutate(undefined, {
      onSuccess: (r) =>
        r.failed.length ? notifyError(t('archive.backup.partly'), r.failed.map((f) => f.message).join(' ')) : notifySuccess(t('archive.backup.done'), r.written.map((w) => w.fileName).join(', ')),
    });
  const restored = (r: RestoreResultDto) => (r.restored ? notifySuccess(t('archive.backup.restored'), r.message) : notifyError(t('archive.backup.restoreFailed'), r.message));

  return (
    <Stack gap="lg">
      <Paper p="lg" withBorder>
        <Stack gap="md">
          <Title order={2} fz="lg">
            {t('archive.backup.heading')}
          </Title>
          <Text size="sm">{t('archive.backup.text')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FolderState label={t('archive.backup.appFolder')} state={b.app} />
            <FolderState label={t('archive.backup.userFolder')} state={b.user} />
          </SimpleGrid>
          {now.error ? <ErrorAlert error={now.error} /> : null}
          {folder.error ? <ErrorAlert error={folder.error} /> : null}
          <Group>
            <Button leftSection={<IconDatabase size={18} />} onClick={backupNow} loading={now.isPending}>
              {t('archive.backup.now')}
            </Button>
            {status.canChooseFiles ? (
              <Button variant="light" leftSection={<IconFolder size={18} />} onClick={() => folder.mutate(false)} loading={folder.isPending}>
                {t('archive.backup.chooseFolder')}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                {t('archive.backup.dialogOnly')}
              </Text>
            )}
            {b.user.path && (
              <Button variant="subtle" color="gray" leftSection={<IconFolderOff size={18} />} onClick={() => folder.mutate(true)}>
                {t('archive.backup.clearFolder')}
              </Button>
            )}
          </Group>
          <Group align="flex-end" gap="sm">
            <Text size="sm">{t('archive.backup.rotation')}</Text>
            <NumberInput w={90} min={1} max={90} value={keep.keepDaily} onChange={(v) => setKeep({ ...keep, keepDaily: Number(v) || 1 })} aria-label={t('archive.backup.daily')} />
            <Text size="sm">{t('archive.backup.daily')},</Text>
            <NumberInput w={90} min={1} max={120} value={keep.keepMonthly} onChange={(v) => setKeep({ ...keep, keepMonthly: Number(v) || 1 })} aria-label={t('archive.backup.monthly')} />
            <Text size="sm">{t('archive.backup.monthly')}</Text>
            <Button variant="default" onClick={() => rotation.mutate(keep)} loading={rotation.isPending}>
              {t('archive.backup.saveRotation')}
            </Button>
          </Group>
          {rotation.error ? <ErrorAlert error={rotation.error} /> : null}
        </Stack>
      </Paper>
      <BackupList files={b.files} onRestore={(f) => setRestore({ input: { source: 'list', folder: f.folder, fileName: f.fileName }, label: f.fileName })}>
        <StagedFilePicker
          purpose="backup"
          variant="default"
          canChooseFiles={status.canChooseFiles}
          maxBytes={status.uploadMaxBytes}
          label={t('archive.backup.restoreOther')}
          accept=".sqlite"
          onStaged={(f) => setRestore({ input: { source: 'staged', token: f.token }, label: f.fileName })}
        />
      </BackupList>
      <RestoreModal target={restore} onClose={() => setRestore(null)} onDone={restored} />
    </Stack>
  );
}
