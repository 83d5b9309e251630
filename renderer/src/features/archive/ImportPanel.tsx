import { Alert, Button, Checkbox, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconDatabaseImport } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARCHIVE_EXTENSION } from '../../../../shared/archive';
import { formatFileSize } from '../../../../shared/attachments';
import type { ArchivePreviewDto, ArchiveStatusDto, StagedFileDto } from '../../../../shared/dto';
import { previewArchive, useImportArchive, verifyArchive } from '../../api/archive';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { ArchiveCheckResult } from './ArchiveCheckResult';
import { ImportHistory } from './ImportHistory';
import { countText, MergePreviewTable } from './MergePreviewTable';
import { StagedFilePicker } from './StagedFilePicker';

/** Head office: choose an archive, see it verified and previewed, then merge it. */
export function ImportPanel({ status }: { status: ArchiveStatusDto }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [staged, setStaged] = useState<StagedFileDto | null>(null);
  const [accepted, setAccepted] = useState(false);
  const check = useMutation({
    // Verify first: a refused archive is reported as such, without a merge preview.
    mutationFn: async (token: string): Promise<ArchivePreviewDto> => {
      const verified = await verifyArchive(token);
      if (!verified.ok) return { verify: verified, tables: [], totals: { new: 0, changed: 0, unchanged: 0, conflicting: 0, deleted: 0 }, conflicts: [], warnings: [] };
      return previewArchive(token);
    },
  });
  const importArchive = useImportArchive();
  const result = check.data;
  const verify = result?.verify;
  const unknownKey = verify?.signer?.status === 'unknown';

  const onStaged = (file: StagedFileDto) => {
    setStaged(file);
    setAccepted(false);
    importArchive.reset();
    check.mutate(file.token);
  };
  const runImport = () =>
    staged &&
    importArchive.mutate(
      { token: staged.token, acceptUnknownKey: accepted },
      { onSuccess: (r) => notifySuccess(t('archive.import.imported'), t('archive.import.importedText', countText(r.totals))) },
    );

  return (
    <Stack gap="lg">
      <Paper p="lg" withBorder>
        <Stack gap="md">
          <Title order={2} fz="lg">
            {t('archive.import.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('archive.import.lead')}
          </Text>
          <Group>
            <StagedFilePicker
              purpose="archive"
              canChooseFiles={status.canChooseFiles}
              maxBytes={status.uploadMaxBytes}
              label={status.canChooseFiles ? t('archive.import.choose') : t('archive.import.upload', { max: formatFileSize(status.uploadMaxBytes, lang) })}
              accept={`.${ARCHIVE_EXTENSION}`}
              onStaged={onStaged}
            />
          </Group>
          {check.isPending && (
            <Group gap="xs">
              <Loader size="sm" />
              <Text size="sm">{t('archive.import.checking')}</Text>
            </Group>
          )}
          {check.error ? <ErrorAlert error={check.error} /> : null}
          {verify && <ArchiveCheckResult verify={verify} />}
          {result && verify?.ok && <MergePreviewTable preview={result} />}
          {verify?.ok && !importArchive.isSuccess && (
            <Stack gap="sm">
              {unknownKey && <Checkbox label={t('archive.import.acceptUnknownKey')} checked={accepted} onChange={(e) => setAccepted(e.currentTarget.checked)} />}
              {importArchive.error ? <ErrorAlert error={importArchive.error} /> : null}
              <Group>
                <Button leftSection={<IconDatabaseImport size={18} />} onClick={runImport} loading={importArchive.isPending} disabled={unknownKey && !accepted}>
                  {t('archive.import.importButton')}
                </Button>
              </Group>
            </Stack>
          )}
          {importArchive.data && (
            <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} title={t('archive.import.imported')} role="status">
              {t('archive.import.importedText', countText(importArchive.data.totals))}
            </Alert>
          )}
        </Stack>
      </Paper>
      <ImportHistory />
    </Stack>
  );
}
