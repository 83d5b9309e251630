import { Button, Group, Modal, Paper, SegmentedControl, Stack, Table, Text, Textarea, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/dates';
import { PROGRESS_STATUSES, type ProgressEntryDto, type ProgressStatus } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useProgressMatrix, useRecordProgress } from '../../api/actionPlans';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { shortCalendarDate } from '../mou/calendarDate';
import classes from '../mou/MouPanel.module.css';

const COLOR: Record<ProgressStatus, string> = { belum: 'gray', berjalan: 'yellow', selesai: 'teal' };

interface Cell {
  commitmentId: string;
  agency: string;
  pointId: string;
  n: number;
  entry: ProgressEntryDto | null;
}

/** Progress per point per agency that signed, for the monev meetings. */
export function ProgressPanel({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const matrix = useProgressMatrix(planId);
  const [cell, setCell] = useState<Cell | null>(null);
  const m = matrix.data;
  if (matrix.isError) return <ErrorAlert error={matrix.error} title={t('errors.loadFailed')} />;
  if (!m) return null;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        {m.plan.points.map((p, i) => (
          <Text key={p.id} size="sm">
            <Text span fw={700}>{i + 1}. </Text>
            {p.text} <Text span size="xs" c="dimmed">({t('actionPlans.progressSummary', m.summary[p.id])})</Text>
          </Text>
        ))}
      </Stack>
      <Paper p={0}>
        {m.rows.length === 0 ? (
          <Text p="md" size="sm" c="dimmed">
            {t('actionPlans.progressEmpty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing={6} horizontalSpacing="md" className={classes.table} withColumnBorders>
              <Table.Thead className={classes.thead}>
                <Table.Tr>
                  <Table.Th>{t('actionPlans.colAgency')}</Table.Th>
                  {m.plan.points.map((p, i) => (
                    <Table.Th key={p.id} w={170} ta="center">
                      {t('actionPlans.pointLabel', { n: i + 1 })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {m.rows.map((r) => (
                  <Table.Tr key={r.commitmentId}>
                    <Table.Td>
                      <Text size="sm">{r.agencyName}</Text>
                    </Table.Td>
                    {m.plan.points.map((p, i) => {
                      const e = r.cells[p.id] ?? null;
                      const status = e?.status ?? 'belum';
                      const shown = [t(`actionPlans.progressStatus.${status}`), e ? shortCalendarDate(e.recordedOn, lang) : ''].filter(Boolean).join(' ');
                      return (
                        <Table.Td key={p.id} ta="center" p={0}>
                          <UnstyledButton
                            w="100%"
                            p={6}
                            // The name starts with what the cell shows, so speech input can say what it sees.
                            aria-label={`${shown}, ${t('actionPlans.editCell', { agency: r.agencyName, n: i + 1 })}`}
                            onClick={() => setCell({ commitmentId: r.commitmentId, agency: r.agencyName, pointId: p.id, n: i + 1, entry: e })}
                          >
                            <Text size="sm" fw={600} c={COLOR[status]}>
                              {t(`actionPlans.progressStatus.${status}`)}
                            </Text>{' '}
                            {e && (
                              <Text size="xs" c="dimmed">
                                {shortCalendarDate(e.recordedOn, lang)}
                              </Text>
                            )}
                          </UnstyledButton>
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Modal opened={cell !== null} onClose={() => setCell(null)} title={cell ? t('actionPlans.progressTitle', { agency: cell.agency, n: cell.n }) : ''} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {cell && <ProgressForm key={`${cell.commitmentId}${cell.pointId}`} cell={cell} onClose={() => setCell(null)} />}
      </Modal>
    </Stack>
  );
}

function ProgressForm({ cell, onClose }: { cell: Cell; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordProgress();
  const [status, setStatus] = useState<ProgressStatus>(cell.entry?.status ?? 'berjalan');
  const [note, setNote] = useState(cell.entry?.note ?? '');
  const [date, setDate] = useState(todayIso());
  const fields = isApiError(record.error) ? record.error.fields : {};
  const save = async () => {
    try {
      await record.mutateAsync({ commitmentId: cell.commitmentId, pointId: cell.pointId, status, note, recordedOn: date });
      notifySuccess(t('actionPlans.progressSaved'), cell.agency);
      onClose();
    } catch {
      // shown below
    }
  };
  return (
    <Stack gap="sm">
      {record.isError && !Object.keys(fields).length && <ErrorAlert error={record.error} title={t('errors.saveFailed')} />}
      <SegmentedControl value={status} onChange={(v) => setStatus(v as ProgressStatus)} data={PROGRESS_STATUSES.map((s) => ({ value: s, label: t(`actionPlans.progressStatus.${s}`) }))} />
      <Textarea label={t('actionPlans.progressNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxRows={5} error={fields.note?.message} />
      <TextInput type="date" label={t('actionPlans.progressDate')} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={fields.recordedOn?.message} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void save()} loading={record.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
