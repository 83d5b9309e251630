import { Alert, Badge, Button, Code, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarImportDto } from '../../../../../shared/dto';
import { useImportCalendar } from '../../../api/caseSetup';
import { readFileAsBase64 } from '../../../components/attachments/readFileAsBase64';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';

const ACTION_COLOR = { add: 'teal', update: 'simpul', same: 'gray', error: 'red' } as const;

/** CSV "tanggal;nama;jenis": first a dry run showing each row, then saving all of it or nothing. */
export function CalendarImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const run = useImportCalendar();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<CalendarImportDto | null>(null);

  const pick = async (f: File | null) => {
    setPreview(null);
    run.reset();
    if (!f) return setFile(null);
    const picked = { name: f.name, base64: await readFileAsBase64(f) };
    setFile(picked);
    setPreview(await run.mutateAsync({ fileName: picked.name, base64: picked.base64, commit: false }).catch(() => null));
  };
  const commit = async () => {
    if (!file) return;
    const result = await run.mutateAsync({ fileName: file.name, base64: file.base64, commit: true }).catch(() => null);
    if (result?.committed) {
      notifySuccess(t('cases.calendar.imported'), t('cases.calendar.importCounts', { added: result.added, updated: result.updated }));
      onClose();
    } else if (result) setPreview(result);
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('cases.calendar.importHelp')}</Text>
      <Code block>{'tanggal;nama;jenis\n2025-03-28;Cuti bersama Hari Suci Nyepi;cuti_bersama\n2025-04-02;Cuti bersama Idul Fitri;cuti_bersama'}</Code>
      <FileInput label={t('cases.calendar.importFile')} accept=".csv,text/csv,text/plain" leftSection={<IconFileUpload size={16} />} onChange={(f) => void pick(f)} clearable />
      {run.isError && <ErrorAlert error={run.error} title={t('cases.calendar.importFailed')} />}
      {preview && (
        <>
          <Group gap="xs">
            <Badge color="teal" variant="light">{t('cases.calendar.countAdd', { count: preview.added })}</Badge>
            <Badge color="simpul" variant="light">{t('cases.calendar.countUpdate', { count: preview.updated })}</Badge>
            {preview.errors > 0 && <Badge color="red" variant="light">{t('cases.calendar.countErrors', { count: preview.errors })}</Badge>}
          </Group>
          <Table.ScrollContainer minWidth={500} mah={280}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Tbody>
                {preview.rows.map((r) => (
                  <Table.Tr key={r.line}>
                    <Table.Td w={50} c="dimmed">{r.line}</Table.Td>
                    <Table.Td w={110}>{r.date}</Table.Td>
                    <Table.Td>{r.name}{r.error && <Text size="xs" c="red.7">{r.error}</Text>}</Table.Td>
                    <Table.Td w={110}>
                      <Badge size="sm" variant="light" color={ACTION_COLOR[r.action]} tt="none">{t(`cases.calendar.actions.${r.action}`)}</Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {preview.errors > 0 && <Alert color="red" variant="light">{t('cases.calendar.fixFile')}</Alert>}
        </>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void commit()} disabled={!preview || preview.errors > 0 || preview.added + preview.updated === 0} loading={run.isPending}>
          {t('cases.calendar.importSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}
