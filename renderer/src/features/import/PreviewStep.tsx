import { Alert, Button, FileButton, Group, Pagination, Paper, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconCheck, IconInfoCircle, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT } from '../../../../shared/agencyImport';
import type { ImportAction, ImportPreviewDto } from '../../../../shared/dto';
import { useAgencyGroups } from '../../api/agencies';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ACTION_COLOR, PreviewTable } from './PreviewTable';

const PAGE = 50;

interface Props {
  preview: ImportPreviewDto;
  groupMap: Record<string, string>;
  onGroupMap: (map: Record<string, string>) => void;
  onApplyGroups: () => void;
  onBack: () => void;
  onFile: (file: File | null) => void;
  onCommit: () => void;
  committing: boolean;
  commitError: unknown;
  busy: boolean;
}

/** Step 3: counts, the office's choices for unknown groups, and every row with its problems. */
export function PreviewStep({ preview, groupMap, onGroupMap, onApplyGroups, onBack, onFile, onCommit, committing, commitError, busy }: Props) {
  const { t } = useTranslation();
  const groups = useAgencyGroups();
  const [onlyProblems, setOnlyProblems] = useState(preview.counts.error > 0);
  const [page, setPage] = useState(1);
  const c = preview.counts;
  const rows = onlyProblems ? preview.rows.filter((r) => r.action === 'error' || r.action === 'conflict' || r.problems.some((p) => p.severity !== 'info')) : preview.rows;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE);
  const writing = c.create + c.addFocal;
  const stats: Array<[string, number, ImportAction | null]> = [
    [t('agencyImport.preview.rows'), c.rows, null],
    [t('agencyImport.preview.willCreate'), c.create, 'create'],
    [t('agencyImport.preview.willAddFocal'), c.addFocal, 'addFocal'],
    [t('agencyImport.preview.willSkip'), c.skip, 'skip'],
    [t('agencyImport.preview.conflicts'), c.conflict, 'conflict'],
    [t('agencyImport.preview.errors'), c.error, 'error'],
  ];
  const groupOptions = (groups.data ?? []).filter((g) => g.active).map((g) => ({ value: g.id, label: g.name }));

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 3, md: 6 }} spacing="sm">
        {stats.map(([label, n, action]) => (
          <Paper key={label} p="sm" data-stat={action ?? 'rows'}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fz={24} fw={650} c={action && n > 0 ? `${ACTION_COLOR[action]}.8` : undefined}>
              {n}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>

      {c.error > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title={t('agencyImport.preview.problemsTitle', { count: c.error })} role="alert">
          {t('agencyImport.preview.fixFirst', { count: c.error })}
        </Alert>
      ) : (
        <Alert color={writing > 0 ? 'teal' : 'gray'} variant="light" icon={writing > 0 ? <IconCheck size={20} /> : <IconInfoCircle size={20} />}>
          {writing > 0 ? t('agencyImport.preview.summary', { rows: String(c.rows), agencies: String(c.agencies), focal: String(c.focalPoints) }) : t('agencyImport.preview.nothing')}
          {c.conflict > 0 && <Text size="sm" mt={4}>{t('agencyImport.preview.conflictNote')}</Text>}
        </Alert>
      )}

      {preview.unknownGroups.length > 0 && (
        <Paper p="md">
          <Stack gap="sm">
            <Title order={3} fz="md">
              {t('agencyImport.preview.unknownGroupsTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('agencyImport.preview.unknownGroupsText')}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {preview.unknownGroups.map((g) => (
                <Select
                  key={g.key}
                  label={t('agencyImport.preview.unknownGroupLabel', { text: g.text, rows: g.rows.slice(0, 8).join(', ') + (g.rows.length > 8 ? ', …' : '') })}
                  placeholder={t('agencyImport.preview.unknownGroupPlaceholder')}
                  data={groupOptions}
                  value={groupMap[g.key] ?? null}
                  onChange={(v) => onGroupMap({ ...groupMap, ...(v ? { [g.key]: v } : {}) })}
                />
              ))}
            </SimpleGrid>
            <Group>
              <Button variant="light" onClick={onApplyGroups} loading={busy}>
                {t('agencyImport.preview.refresh')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      <Paper p={0}>
        <Group justify="space-between" p="md">
          <Switch label={t('agencyImport.preview.onlyProblems')} checked={onlyProblems} onChange={(e) => { setOnlyProblems(e.currentTarget.checked); setPage(1); }} />
          {pages > 1 && <Pagination size="sm" total={pages} value={Math.min(page, pages)} onChange={setPage} />}
        </Group>
        {shown.length > 0 ? <PreviewTable rows={shown} /> : <Text p="md" c="dimmed" size="sm">{t('agencyImport.preview.noRows')}</Text>}
      </Paper>

      {commitError !== null && commitError !== undefined && <ErrorAlert error={commitError} />}
      <Group justify="space-between">
        <Group gap="sm">
          <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
            {t('agencyImport.preview.changeMapping')}
          </Button>
          <FileButton onChange={onFile} accept={IMPORT_ACCEPT}>
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={busy}>
                {t('agencyImport.file.chooseAgain')}
              </Button>
            )}
          </FileButton>
        </Group>
        <Button onClick={onCommit} disabled={!preview.canCommit} loading={committing} leftSection={<IconCheck size={18} />}>
          {t('agencyImport.preview.commit', { count: writing })}
        </Button>
      </Group>
    </Stack>
  );
}
