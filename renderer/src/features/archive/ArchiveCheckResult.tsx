import { Alert, Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../../../shared/archive';
import { formatFileSize } from '../../../../shared/attachments';
import type { ArchiveVerifyDto } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { formatTimestamp } from '../../components/formatTimestamp';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

/** What the check of an archive found: a summary and the warnings, or what is wrong with it. */
export function ArchiveCheckResult({ verify }: { verify: ArchiveVerifyDto }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!verify.ok || !verify.manifest) {
    return (
      <Alert color="red" variant="light" icon={<IconShieldX size={20} />} title={`${t('archive.import.refused')}: ${verify.fileName}`} role="alert">
        {verify.problem?.message}
      </Alert>
    );
  }
  const m = verify.manifest;
  const signer = verify.signer!;
  const period = m.since ? t('archive.import.sinceThrough', { since: formatTimestamp(m.since, lang), through: formatTimestamp(m.through, lang) }) : t('archive.import.throughOnly', { through: formatTimestamp(m.through, lang) });
  return (
    <Stack gap="sm">
      <Alert color="teal" variant="light" icon={<IconShieldCheck size={20} />} title={`${t('archive.import.valid')}: ${verify.fileName}`} role="status">
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
          <Fact label={t('archive.import.office')} value={`${m.officeCode} · ${m.officeName}`} />
          <Fact label={t('archive.import.kind')} value={`${t(`archive.export.kinds.${m.kind}`)} · ${formatFileSize(verify.sizeBytes, lang)}`} />
          <Fact label={t('archive.import.period')} value={period} />
          <Fact label={t('archive.import.made')} value={formatTimestamp(m.createdAt, lang)} />
          <Fact label={t('archive.import.version')} value={`Simpul ${m.appVersion} · skema ${m.schemaVersion} · format ${m.formatVersion}`} />
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('archive.import.signer')}
            </Text>
            <Group gap={6}>
              <Badge variant="light" color={signer.status === 'unknown' ? 'orange' : 'teal'}>
                {t(`archive.import.signerStatus.${signer.status}`)}
              </Badge>
              <Text size="xs" ff="monospace" title={t('archive.import.fingerprint')}>
                {formatFingerprint(signer.fingerprint, 4)}
              </Text>
            </Group>
          </Stack>
        </SimpleGrid>
      </Alert>
      {verify.warnings.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />}>
          <List size="sm" spacing={4}>
            {verify.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
