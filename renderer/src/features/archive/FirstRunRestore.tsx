import { Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreInput } from '../../../../shared/contract/backup';
import type { RestoreResultDto } from '../../../../shared/dto';
import { useArchiveStatus } from '../../api/archive';
import { notifyError, notifySuccess } from '../../components/notify';
import { RestoreModal } from './RestoreModal';
import { StagedFilePicker } from './StagedFilePicker';

/**
 * On the first-run screen: a new installation after a dead disk takes its backup here instead
 * of starting empty (another office's backup is accepted while this database holds no records).
 */
export function FirstRunRestore() {
  const { t } = useTranslation();
  const status = useArchiveStatus();
  const [target, setTarget] = useState<{ input: RestoreInput; label: string } | null>(null);
  if (!status.data) return null;
  const done = (r: RestoreResultDto) => (r.restored ? notifySuccess(t('archive.backup.restored'), r.message) : notifyError(t('archive.backup.restoreFailed'), r.message));
  return (
    <Paper p="md" withBorder>
      <Group justify="space-between" gap="md">
        <Text size="sm">{t('archive.backup.firstRunQuestion')}</Text>
        <StagedFilePicker
          purpose="backup"
          variant="default"
          canChooseFiles={status.data.canChooseFiles}
          maxBytes={status.data.uploadMaxBytes}
          label={t('archive.backup.firstRunButton')}
          accept=".sqlite"
          onStaged={(f) => setTarget({ input: { source: 'staged', token: f.token }, label: f.fileName })}
        />
      </Group>
      <RestoreModal target={target} onClose={() => setTarget(null)} onDone={done} />
    </Paper>
  );
}
