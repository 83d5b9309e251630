import { ActionIcon, Alert, Badge, Button, Group, Modal, Paper, Skeleton, Table, Text, Tooltip } from '@mantine/core';
import { IconCalendarPlus, IconChevronLeft, IconChevronRight, IconDatabaseImport, IconFileImport, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import type { CalendarDayDto } from '../../../../../shared/dto';
import { isApiError } from '../../../api/ApiError';
import { useCalendarYear, useSeedCalendarYear } from '../../../api/caseSetup';
import { useLang } from '../../../app/i18n';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import tableClasses from '../../../components/lists/ListTable.module.css';
import { useLastValue } from '../../roster/useLastValue';
import { CalendarDayForm } from './CalendarDayForm';
import { CalendarImportForm } from './CalendarImportForm';

const KIND_COLOR = { libur_nasional: 'red', cuti_bersama: 'orange', libur_kantor: 'grape' } as const;
const WEEKDAYS = { id: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] } as const;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/**
 * The working-day calendar of one year: national holidays from the holiday library, collective
 * leave (cuti bersama) and office days off; any date can be corrected, CSV lists imported.
 */
export function CalendarPanel({ canEdit, initialYear }: { canEdit: boolean; initialYear: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [year, setYear] = useState(initialYear);
  const cal = useCalendarYear(year);
  const seed = useSeedCalendarYear();
  const [dialog, setDialog] = useState<{ kind: 'day'; day?: CalendarDayDto } | { kind: 'import' } | null>(null);
  const data = cal.data;
  // The dialog keeps its title and content while it fades out.
  const shown = useLastValue(dialog);

  const seedYear = async () => {
    try {
      const result = await seed.mutateAsync(year);
      notifySuccess(t('cases.calendar.seeded', { year }), t('cases.calendar.seededCount', { count: result.days.length }));
    } catch (error) {
      notifyError(t('errors.saveFailed'), isApiError(error) ? error.message : t('errors.unexpected'));
    }
  };

  return (
    <Paper p={0}>
      <Group justify="space-between" p="md" gap="sm">
        <Group gap="xs">
          <ActionIcon variant="default" aria-label={t('cases.calendar.prevYear')} onClick={() => setYear((y) => y - 1)}>
            <IconChevronLeft size={16} />
          </ActionIcon>
          <Text fw={700} fz="lg" w={64} ta="center" aria-live="polite">
            {year}
          </Text>
          <ActionIcon variant="default" aria-label={t('cases.calendar.nextYear')} onClick={() => setYear((y) => y + 1)}>
            <IconChevronRight size={16} />
          </ActionIcon>
          {data && (
            <Text size="sm" c="dimmed" ml="sm">
              {t('cases.calendar.summary', { days: data.days.filter((d) => d.active).length, working: data.workingDays })}
            </Text>
          )}
        </Group>
        {canEdit && (
          <Group gap="xs">
            <Button size="xs" variant="default" leftSection={<IconFileImport size={15} />} onClick={() => setDialog({ kind: 'import' })}>
              {t('cases.calendar.import')}
            </Button>
            <Button size="xs" leftSection={<IconCalendarPlus size={15} />} onClick={() => setDialog({ kind: 'day' })}>
              {t('cases.calendar.addDay')}
            </Button>
          </Group>
        )}
      </Group>
      {cal.isError && <ErrorAlert error={cal.error} title={t('errors.loadFailed')} onRetry={() => void cal.refetch()} />}
      {data && !data.seeded && (
        <Alert mx="md" mb="md" color="simpul" variant="light" title={t('cases.calendar.notSeededTitle')}>
          <Text size="sm" mb={canEdit ? 'xs' : 0}>
            {t('cases.calendar.notSeededText')}
          </Text>
          {canEdit && (
            <Button size="xs" leftSection={<IconDatabaseImport size={15} />} onClick={() => void seedYear()} loading={seed.isPending}>
              {t('cases.calendar.seed', { year })}
            </Button>
          )}
        </Alert>
      )}
      {cal.isPending ? (
        <Skeleton h={300} m="md" />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={6} horizontalSpacing="md" highlightOnHover className={tableClasses.table}>
            <Table.Thead className={tableClasses.thead}>
              <Table.Tr>
                <Table.Th w={220}>{t('cases.calendar.date')}</Table.Th>
                <Table.Th>{t('cases.calendar.name')}</Table.Th>
                <Table.Th w={150}>{t('cases.calendar.kind')}</Table.Th>
                <Table.Th w={150}>{t('cases.calendar.source')}</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.days ?? []).map((d) => {
                const wd = weekday(d.date);
                return (
                  <Table.Tr key={d.id || d.date} className={d.active ? undefined : tableClasses.inactiveRow} data-day={d.date}>
                    <Table.Td>
                      <Text size="sm" fw={500} td={d.active ? undefined : 'line-through'}>
                        {WEEKDAYS[lang][wd]}, {formatDate(d.date, lang)}
                      </Text>
                      {(wd === 0 || wd === 6) && (
                        <Text size="xs" c="dimmed">
                          {t('cases.calendar.onWeekend')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{d.name}</Text>
                      {!d.active && (
                        <Text size="xs" c="orange.8">
                          {t('cases.calendar.officeWorks')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={KIND_COLOR[d.kind]} tt="none">
                        {t(`cases.calendar.kinds.${d.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {t(`cases.calendar.sources.${d.source}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {canEdit && data?.seeded && (
                        <Tooltip label={t('cases.calendar.correct')}>
                          <ActionIcon variant="subtle" aria-label={t('cases.calendar.correctNamed', { date: formatDate(d.date, lang) })} onClick={() => setDialog({ kind: 'day', day: d })}>
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={shown?.kind === 'import' ? t('cases.calendar.importTitle') : shown?.day ? t('cases.calendar.correctTitle') : t('cases.calendar.addTitle')}
        size={shown?.kind === 'import' ? 'lg' : 'md'}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {shown?.kind === 'day' && <CalendarDayForm key={shown.day?.id ?? 'new'} day={shown.day} year={year} onClose={() => setDialog(null)} />}
        {shown?.kind === 'import' && <CalendarImportForm onClose={() => setDialog(null)} />}
      </Modal>
    </Paper>
  );
}
