import { Tabs } from '@mantine/core';
import { IconArchive, IconDatabaseExport, IconDatabaseImport, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useArchiveStatus } from '../../api/archive';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { ArchiveStatusCards } from './ArchiveStatusCards';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { KeysPanel } from './KeysPanel';

export type ArchiveTab = 'export' | 'import' | 'keys' | 'backup';
const PATHS: Record<ArchiveTab, string> = { export: '/arsip', import: '/arsip/impor', keys: '/arsip/kunci', backup: '/arsip/cadangan' };

/** "Arsip & Cadangan": archives for head office, merging other offices' archives, keys, backups. */
export function ArchivePage({ tab }: { tab: ArchiveTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const status = useArchiveStatus();

  return (
    <>
      <PageHeader title={t('nav.archive')} lead={t('archive.lead')} />
      {status.isError && <ErrorAlert error={status.error} title={t('errors.loadFailed')} onRetry={() => void status.refetch()} />}
      {status.data && <ArchiveStatusCards status={status.data} onBackupTab={tab === 'backup'} onOpenBackups={() => void navigate(PATHS.backup)} />}
      <Tabs value={tab} onChange={(value) => value && void navigate(PATHS[value as ArchiveTab])} keepMounted={false} mt="lg">
        <Tabs.List mb="lg">
          <Tabs.Tab value="export" leftSection={<IconDatabaseExport size={16} />}>
            {t('archive.tabs.export')}
          </Tabs.Tab>
          <Tabs.Tab value="import" leftSection={<IconDatabaseImport size={16} />}>
            {t('archive.tabs.import')}
          </Tabs.Tab>
          <Tabs.Tab value="keys" leftSection={<IconKey size={16} />}>
            {t('archive.tabs.keys')}
          </Tabs.Tab>
          <Tabs.Tab value="backup" leftSection={<IconArchive size={16} />}>
            {t('archive.tabs.backup')}
          </Tabs.Tab>
        </Tabs.List>
        {status.data && (
          <>
            <Tabs.Panel value="export">
              <ExportPanel status={status.data} />
            </Tabs.Panel>
            <Tabs.Panel value="import">
              <ImportPanel status={status.data} />
            </Tabs.Panel>
            <Tabs.Panel value="keys">
              <KeysPanel status={status.data} />
            </Tabs.Panel>
            <Tabs.Panel value="backup">
              <BackupPanel status={status.data} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </>
  );
}
