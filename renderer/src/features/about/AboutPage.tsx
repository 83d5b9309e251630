import { Button, Code, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconFolderOpen, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../../shared/attachments';
import type { AboutDto, DataFileInfoDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useAbout, useCheckUpdates, useOpenDataFolder, useUpdateStatus } from '../../api/updates';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatTimestamp';
import { notifyError } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { InstallUpdateButton } from '../updates/InstallUpdateButton';
import { updateStatusText } from '../updates/updateStatusText';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper p="lg" component="section">
      <Title order={2} fz="md" mb="sm">
        {title}
      </Title>
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6}>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Paper>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={{ base: 150, sm: 220 }} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function UpdateRow({ about }: { about: AboutDto }) {
  const { t } = useTranslation();
  const lang = useLang();
  const check = useCheckUpdates();
  // The live status (polled, public) once it is there; the about answer until then.
  const update = useUpdateStatus().data ?? about.update;
  const canCheck = !['unavailable', 'disabled', 'notConfigured', 'checking', 'downloading', 'downloaded', 'installing'].includes(update.state);
  return (
    <Stack gap={6}>
      <Text size="sm" data-testid="about-update">
        {updateStatusText(t, update)}
      </Text>
      {update.lastCheckedAt && (
        <Text size="xs" c="dimmed">
          {t('updates.lastChecked', { when: formatTimestamp(update.lastCheckedAt, lang) })}
          {update.nextCheckAt && ` · ${t('updates.nextCheck', { when: formatTimestamp(update.nextCheckAt, lang) })}`}
        </Text>
      )}
      <Group gap="xs">
        {canCheck && (
          <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} loading={check.isPending} onClick={() => check.mutate()}>
            {t('updates.checkNow')}
          </Button>
        )}
        {update.state === 'downloaded' && update.availableVersion && <InstallUpdateButton version={update.availableVersion} variant="filled" />}
      </Group>
    </Stack>
  );
}

/** Tentang Simpul: what this installation is, where its data lives, backups and updates. */
export function AboutPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const about = useAbout();
  const openFolder = useOpenDataFolder();

  const fileInfo = (info: DataFileInfoDto | null) =>
    info ? (
      <Text size="sm">
        {formatTimestamp(info.at, lang)}{' '}
        <Text span size="xs" c="dimmed">
          ({info.fileName})
        </Text>
      </Text>
    ) : (
      <Text size="sm" c="dimmed">
        {t('about.none')}
      </Text>
    );

  const open = async () => {
    try {
      await openFolder.mutateAsync();
    } catch (error) {
      notifyError(t('about.openFolderFailed'), isApiError(error) ? error.message : t('errors.unexpected'));
    }
  };

  return (
    <>
      <PageHeader title={t('about.title')} lead={t('about.lead')} />
      {about.isPending && <Skeleton h={420} radius="md" aria-busy="true" />}
      {about.isError && <ErrorAlert error={about.error} title={t('errors.loadFailed')} onRetry={() => void about.refetch()} retrying={about.isFetching} />}
      {about.isSuccess && (
        <Stack gap="md" maw={900}>
          <Section title={t('about.sectionInstallation')}>
            <Row label={t('about.appVersion')}>
              <Text size="sm" fw={600} data-testid="about-version">
                {about.data.appVersion}
              </Text>
            </Row>
            <Row label={t('about.schemaVersion')}>
              <Text size="sm">{about.data.schemaVersion}</Text>
            </Row>
            <Row label={t('about.updates')}>
              <UpdateRow about={about.data} />
            </Row>
          </Section>
          <Section title={t('about.sectionData')}>
            <Row label={t('about.databasePath')}>
              <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
                {about.data.databasePath}
              </Code>
            </Row>
            <Row label={t('about.dataDir')}>
              <Stack gap="xs" align="flex-start">
                <Code block w="100%" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
                  {about.data.dataDir}
                </Code>
                {about.data.canOpenDataFolder ? (
                  <Button size="xs" variant="default" leftSection={<IconFolderOpen size={14} />} loading={openFolder.isPending} onClick={() => void open()}>
                    {t('about.openFolder')}
                  </Button>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('about.previewPath')}
                  </Text>
                )}
              </Stack>
            </Row>
            <Row label={t('about.dataSize')}>
              <Text size="sm">
                {t('about.dataSizeValue', { size: formatFileSize(about.data.dataSize.bytes, lang), files: about.data.dataSize.files.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB') })}
              </Text>
            </Row>
            <Row label={t('about.lastBackup')}>{fileInfo(about.data.lastBackup)}</Row>
            <Row label={t('about.lastExport')}>{fileInfo(about.data.lastExport)}</Row>
          </Section>
        </Stack>
      )}
    </>
  );
}
