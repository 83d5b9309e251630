import { Alert, Button, FileButton, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT, IMPORT_MAX_LABEL, IMPORT_MAX_ROWS } from '../../../../shared/agencyImport';
import { useImportTemplate } from '../../api/imports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';

interface Props {
  onFile: (file: File | null) => void;
  reading: string | null;
  /** A check done on the page (size, empty) or the core's refusal of the file. */
  problem: { local: string } | { remote: unknown } | null;
}

/** Step 1: choose the spreadsheet, or download the template first. */
export function FileStep({ onFile, reading, problem }: Props) {
  const { t } = useTranslation();
  const template = useImportTemplate();
  const download = () =>
    template.mutate(undefined, { onSuccess: (outcome) => outcome === 'saved' && notifySuccess(t('agencyImport.file.templateSaved')) });

  return (
    <Paper p="xl" maw={760}>
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size={44} radius="md" aria-hidden>
            <IconFileSpreadsheet size={24} />
          </ThemeIcon>
          <Stack gap={4}>
            <Title order={2} fz="lg">
              {t('agencyImport.file.heading')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('agencyImport.file.text', { max: IMPORT_MAX_LABEL, rows: IMPORT_MAX_ROWS.toLocaleString('id-ID') })}
            </Text>
          </Stack>
        </Group>
        {problem && 'local' in problem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title={t('agencyImport.file.failedTitle')} role="alert">
            {problem.local}
          </Alert>
        )}
        {problem && 'remote' in problem && <ErrorAlert error={problem.remote} title={t('agencyImport.file.failedTitle')} extraFields={[]} />}
        <Group gap="sm">
          <FileButton onChange={onFile} accept={IMPORT_ACCEPT}>
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={18} />} loading={reading !== null}>
                {t('agencyImport.file.choose')}
              </Button>
            )}
          </FileButton>
          {reading && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('agencyImport.file.reading', { name: reading })}
            </Text>
          )}
        </Group>
        <Stack gap={6} pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Text size="sm" c="dimmed">
            {t('agencyImport.file.templateHint')}
          </Text>
          <Group>
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={download} loading={template.isPending}>
              {t('agencyImport.file.template')}
            </Button>
          </Group>
          {template.isError && <ErrorAlert error={template.error} />}
        </Stack>
      </Stack>
    </Paper>
  );
}
