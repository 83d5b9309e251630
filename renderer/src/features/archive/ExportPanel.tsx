import { Button, Checkbox, Group, Paper, Progress, Radio, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportKind } from '../../../../shared/archive';
import type { ArchiveStatusDto } from '../../../../shared/dto';
import { archiveKeys, useExportProgress, useStartExport } from '../../api/archive';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { ExportHistory, useSaveExportCopy } from './ExportHistory';

/** Full or incremental export, with the options, a progress bar while it runs, and the history. */
export function ExportPanel({ status }: { status: ArchiveStatusDto }) {
  const { t } = useTranslation();
  const hasPrevious = status.lastExport !== null && (status.lastExport.status === 'completed' || status.lastExport.through !== null);
  const [kind, setKind] = useState<ExportKind>(hasPrevious ? 'incremental' : 'full');
  const [includeDocuments, setIncludeDocuments] = useState(false);
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [jobId, setJobId] = useState<string | null>(status.runningExportId);
  const client = useQueryClient();
  const start = useStartExport();
  const progress = useExportProgress(jobId);
  const save = useSaveExportCopy();
  const p = progress.data;
  const running = p?.status === 'running' || start.isPending;
  const percent = p && p.total > 0 ? Math.min(100, Math.round((p.done / p.total) * 100)) : 0;

  const finished = p && p.status !== 'running' ? p.status : null;
  useEffect(() => {
    if (!finished || !jobId) return;
    // The row changed in the background: refresh the history and the status cards once.
    void client.invalidateQueries({ queryKey: archiveKeys.exports });
    void client.invalidateQueries({ queryKey: archiveKeys.status });
    if (finished === 'completed') notifySuccess(t('archive.export.done'));
  }, [finished, jobId, client, t]);

  const submit = () =>
    start.mutate(
      { kind: hasPrevious ? kind : 'full', includeDocuments, includeConfidential: status.mayIncludeConfidential && includeConfidential },
      { onSuccess: (row) => setJobId(row.id) },
    );

  return (
    <Stack gap="lg">
      <Paper p="lg" withBorder maw={760}>
        <Stack gap="md">
          <Title order={2} fz="lg">
            {t('archive.export.heading')}
          </Title>
          <Radio.Group label={t('archive.export.kind')} value={hasPrevious ? kind : 'full'} onChange={(v) => setKind(v as ExportKind)}>
            <Stack gap="xs" mt="xs">
              <Radio value="incremental" label={t('archive.export.incremental')} description={hasPrevious ? t('archive.export.incrementalHint') : t('archive.export.noPrevious')} disabled={!hasPrevious} />
              <Radio value="full" label={t('archive.export.full')} />
            </Stack>
          </Radio.Group>
          <Checkbox label={t('archive.export.includeDocuments')} checked={includeDocuments} onChange={(e) => setIncludeDocuments(e.currentTarget.checked)} />
          {status.mayIncludeConfidential && (
            <Checkbox
              color="red"
              label={t('archive.export.includeConfidential')}
              description={t('archive.export.includeConfidentialHint')}
              checked={includeConfidential}
              onChange={(e) => setIncludeConfidential(e.currentTarget.checked)}
            />
          )}
          {start.error ? <ErrorAlert error={start.error} /> : null}
          {p && p.status === 'failed' && <ErrorAlert error={new Error(p.export.error)} />}
          {running && (
            <Stack gap={4} aria-live="polite">
              <Text size="sm">{t('archive.export.running', { percent: String(percent) })}</Text>
              <Progress value={percent} animated aria-label={t('archive.export.running', { percent: String(percent) })} />
              {p && <Text size="xs" c="dimmed">{t(`archive.export.phase.${p.phase}`)}</Text>}
            </Stack>
          )}
          <Group>
            <Button leftSection={<IconDatabaseExport size={18} />} onClick={submit} loading={running} disabled={running}>
              {t('archive.export.start')}
            </Button>
            {p?.status === 'completed' && (
              <Button variant="light" leftSection={<IconDeviceFloppy size={18} />} onClick={() => save.mutate(p.export.id)} loading={save.isPending}>
                {t('archive.export.saveCopy')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      <ExportHistory />
    </Stack>
  );
}
