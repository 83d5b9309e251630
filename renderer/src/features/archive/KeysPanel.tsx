import { Badge, Button, FileButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconKey } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, KEY_FILE_EXTENSION, KEY_FILE_MAX_CHARS } from '../../../../shared/archive';
import type { ArchiveStatusDto, KeyFileDto } from '../../../../shared/dto';
import { deliverOwnKey, readKeyFile, useSetKeyActive, useTrustedKeys } from '../../api/archive';
import { useSystemStatus } from '../../api/system';
import { useLang } from '../../app/i18n';
import { finishDelivery } from '../../components/deliveredFile';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatShortDate } from '../../components/formatTimestamp';
import { notifyError, notifySuccess } from '../../components/notify';
import { TrustKeyModal } from './TrustKeyModal';

/** This office's public key (to send once), and the office keys head office trusts. */
export function KeysPanel({ status }: { status: ArchiveStatusDto }) {
  const { t } = useTranslation();
  const lang = useLang();
  const keys = useTrustedKeys();
  const setActive = useSetKeyActive();
  const mayManage = useSystemStatus().data?.permissions.includes('backup.restore') ?? false;
  const [candidate, setCandidate] = useState<{ text: string; file: KeyFileDto } | null>(null);
  const saveOwn = useMutation({
    mutationFn: deliverOwnKey,
    onSuccess: (r) => finishDelivery(r, 'saveAs') === 'saved' && notifySuccess(t('archive.keys.saveOwn'), r.fileName),
    onError: (e) => notifyError(t('archive.keys.saveOwn'), e.message),
  });
  const read = useMutation({
    mutationFn: async (file: File | null) => {
      if (!file) return null;
      const text = (await file.text()).slice(0, KEY_FILE_MAX_CHARS + 1);
      return { text, file: await readKeyFile(text) };
    },
    onSuccess: (c) => c && setCandidate(c),
  });

  return (
    <Stack gap="lg">
      <Paper p="lg" withBorder maw={760}>
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('archive.keys.ownHeading')}
          </Title>
          <Text size="sm">{t('archive.keys.ownText')}</Text>
          <Text ff="monospace" size="lg" data-testid="own-fingerprint">
            {status.ownKeyFingerprint ? formatFingerprint(status.ownKeyFingerprint) : t('archive.status.noKey')}
          </Text>
          <Group>
            <Button variant="light" leftSection={<IconDeviceFloppy size={18} />} onClick={() => saveOwn.mutate()} loading={saveOwn.isPending} disabled={!status.officeCode}>
              {t('archive.keys.saveOwn')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper p="lg" withBorder>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} fz="lg">
              {t('archive.keys.trustedHeading')}
            </Title>
            {mayManage && (
              <FileButton onChange={(f) => read.mutate(f)} accept={`.${KEY_FILE_EXTENSION},application/json`}>
                {(props) => (
                  <Button {...props} leftSection={<IconKey size={18} />} loading={read.isPending}>
                    {t('archive.keys.add')}
                  </Button>
                )}
              </FileButton>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('archive.keys.trustedText')}
          </Text>
          {read.error ? <ErrorAlert error={read.error} /> : null}
          {keys.isError && <ErrorAlert error={keys.error} />}
          {setActive.error ? <ErrorAlert error={setActive.error} /> : null}
          {keys.data?.length === 0 && <Text c="dimmed">{t('archive.keys.empty')}</Text>}
          {keys.data && keys.data.length > 0 && (
            <Table striped verticalSpacing="xs" aria-label={t('archive.keys.trustedHeading')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('archive.keys.columns.office')}</Table.Th>
                  <Table.Th>{t('archive.keys.columns.fingerprint')}</Table.Th>
                  <Table.Th>{t('archive.keys.columns.added')}</Table.Th>
                  <Table.Th>{t('archive.keys.columns.note')}</Table.Th>
                  <Table.Th>{t('archive.keys.columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.data.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td>
                      <Text fw={600}>{k.officeCode}</Text>
                      <Text size="xs" c="dimmed">
                        {k.officeName}
                      </Text>
                    </Table.Td>
                    <Table.Td ff="monospace" fz="xs">
                      {formatFingerprint(k.fingerprint, 4)}
                    </Table.Td>
                    <Table.Td>{formatShortDate(k.createdAt, lang)}</Table.Td>
                    <Table.Td>{k.note}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {!k.active && <Badge color="gray">{t('archive.keys.revoked')}</Badge>}
                        {mayManage && (
                          <Button size="compact-xs" variant="subtle" color={k.active ? 'red' : undefined} onClick={() => setActive.mutate({ id: k.id, active: !k.active })}>
                            {k.active ? t('archive.keys.revoke') : t('archive.keys.reactivate')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>
      <TrustKeyModal candidate={candidate} onClose={() => setCandidate(null)} />
    </Stack>
  );
}
