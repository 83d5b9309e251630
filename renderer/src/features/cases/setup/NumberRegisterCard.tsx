import { Anchor, Badge, Button, Group, Modal, NumberInput, Paper, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { IconBookmarkPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NUMBER_SERIES, NUMBER_STATES, type NumberSeries, type NumberState, type RegisterNumberDto } from '../../../../../shared/dto';
import { useRegisterNumbers } from '../../../api/caseSetup';
import { useLang } from '../../../app/i18n';
import { ErrorAlert } from '../../../components/ErrorAlert';
import tableClasses from '../../../components/lists/ListTable.module.css';
import { ListPager } from '../../../components/lists/ListPager';
import { shortDate } from '../../roster/focalDates';
import { useLastValue } from '../../roster/useLastValue';
import { casePath } from '../list/CaseTable';
import { ReserveNumberForm, VoidNumberForm } from './NumberForms';

const STATE_COLOR: Record<NumberState, string> = { reserved: 'orange', used: 'teal', voided: 'gray' };
const PAGE_SIZE = 50;

type Dialog = { kind: 'reserve' } | { kind: 'void'; number: RegisterNumberDto };

/**
 * The numbering register of one series and year: every number given, reserved or voided, so
 * each gap in the running numbers is explained.
 */
export function NumberRegisterCard({ thisYear, today, canWrite }: { thisYear: number; today: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [series, setSeries] = useState<NumberSeries>('case');
  const [year, setYear] = useState(thisYear);
  const [state, setState] = useState<'all' | NumberState>('all');
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const shown = useLastValue(dialog);
  const list = useRegisterNumbers({ series, year, state, page, pageSize: PAGE_SIZE });
  const data = list.data;
  const counts = data?.counts;
  const total = counts ? counts.reserved + counts.used + counts.voided : 0;

  return (
    <Paper p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="md">
          {t('cases.numbers.title')}
        </Title>
        {canWrite && (
          <Button size="xs" variant="light" leftSection={<IconBookmarkPlus size={15} />} onClick={() => setDialog({ kind: 'reserve' })}>
            {t('cases.numbers.reserve')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('cases.numbers.lead')}
      </Text>
      <Group gap="sm" mb="sm" align="flex-end">
        <SegmentedControl value={series} onChange={(v) => { setSeries(v as NumberSeries); setPage(1); }} data={NUMBER_SERIES.map((s) => ({ value: s, label: t(`cases.numbers.series.${s}`) }))} aria-label={t('cases.numbers.seriesLabel')} />
        <NumberInput aria-label={t('cases.register.year')} value={year} onChange={(v) => { setYear(Number(v) || thisYear); setPage(1); }} min={2000} max={2100} w={100} allowDecimal={false} />
        <SegmentedControl
          value={state}
          onChange={(v) => { setState(v as 'all' | NumberState); setPage(1); }}
          data={[
            { value: 'all', label: `${t('cases.numbers.states.all')} (${total})` },
            ...NUMBER_STATES.map((s) => ({ value: s, label: `${t(`cases.numbers.states.${s}`)} (${counts?.[s] ?? 0})` })),
          ]}
          aria-label={t('cases.numbers.stateLabel')}
        />
      </Group>
      {list.isError && <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} />}
      <Table verticalSpacing={5} className={tableClasses.table} data-refreshing={list.isPlaceholderData || undefined}>
        <Table.Thead className={tableClasses.thead}>
          <Table.Tr>
            <Table.Th w={200}>{t('cases.numbers.number')}</Table.Th>
            <Table.Th w={110}>{t('cases.numbers.date')}</Table.Th>
            <Table.Th w={120}>{t('cases.numbers.state')}</Table.Th>
            <Table.Th>{t('cases.numbers.usedFor')}</Table.Th>
            <Table.Th w={100} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.items ?? []).map((n) => (
            <Table.Tr key={n.id}>
              <Table.Td ff="monospace" fz="sm">{n.number}</Table.Td>
              <Table.Td fz="sm">{shortDate(n.numberDate, lang)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATE_COLOR[n.state]} tt="none">{t(`cases.numbers.states.${n.state}`)}</Badge>
              </Table.Td>
              <Table.Td fz="sm">
                {n.entity === 'case' && n.entityId ? (
                  <Anchor component={Link} to={casePath(n.entityId)} size="sm">{t('cases.numbers.usedByCase')}</Anchor>
                ) : n.entity === 'case_event' ? (
                  t('cases.numbers.usedByLetter')
                ) : null}
                {n.reason && <Text size="xs" c="dimmed">{n.reason}</Text>}
              </Table.Td>
              <Table.Td>
                {canWrite && n.state === 'reserved' && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDialog({ kind: 'void', number: n })}>
                    {t('cases.numbers.void')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data && data.total === 0 && <Text size="sm" c="dimmed" mt="sm">{t('cases.numbers.empty')}</Text>}
      {data && data.total > PAGE_SIZE && (
        <Group justify="flex-end" mt="sm">
          <ListPager page={data.page} total={Math.ceil(data.total / PAGE_SIZE)} onChange={setPage} />
        </Group>
      )}
      <Modal opened={dialog !== null} onClose={() => setDialog(null)} title={shown?.kind === 'void' ? t('cases.numbers.voidTitle') : t('cases.numbers.reserveTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {shown?.kind === 'reserve' && <ReserveNumberForm series={series} today={today} onClose={() => setDialog(null)} />}
        {shown?.kind === 'void' && <VoidNumberForm key={shown.number.id} number={shown.number} onClose={() => setDialog(null)} />}
      </Modal>
    </Paper>
  );
}
