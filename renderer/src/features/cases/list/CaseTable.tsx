import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseListItemDto } from '../../../../../shared/dto';
import { useLang } from '../../../app/i18n';
import { SkeletonRows } from '../../../components/lists/SkeletonRows';
import tableClasses from '../../../components/lists/ListTable.module.css';
import { SortableTh, Th } from '../../../components/lists/SortableTh';
import { shortDate } from '../../roster/focalDates';
import { DueBadge, ReporterName, StageBadge } from '../CaseBadges';
import classes from '../Cases.module.css';
import type { CaseListParams, CaseSortField } from './useCaseListParams';

interface Props {
  items: CaseListItemDto[] | undefined;
  today: string;
  params: CaseListParams;
  onSort: (field: CaseSortField) => void;
  refreshing: boolean;
}

export const casePath = (id: string) => `/laporan/${id}`;

/** One page of the register: number, reporter and matter, agency, stage, nearest deadline. */
export function CaseTable({ items, today, params, onSort, refreshing }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const sort = { sortBy: params.sortBy, sortDir: params.sortDir, onSort };

  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing={9} horizontalSpacing="sm" highlightOnHover className={tableClasses.table} data-refreshing={refreshing || undefined} aria-busy={refreshing || !items}>
        <Table.Thead className={tableClasses.thead}>
          <Table.Tr>
            <SortableTh field="registerNumber" label={t('cases.list.colNumber')} width={175} {...sort} />
            <Th label={t('cases.list.colMatter')} />
            <SortableTh field="agency" label={t('cases.list.colAgency')} width="22%" {...sort} />
            <Th label={t('cases.list.colStage')} width={150} />
            <SortableTh field="nextDueOn" label={t('cases.list.colDue')} width={150} {...sort} />
            <SortableTh field="receivedOn" label={t('cases.list.colReceived')} width={118} {...sort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!items && <SkeletonRows rows={8} widths={[70, 90, 70, 60, 55, 60]} />}
          {items?.map((c) => (
            <Table.Tr key={c.id} data-case={c.id}>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor component={Link} to={casePath(c.id)} fw={600} size="sm" c="simpul.9" className={classes.number}>
                    {c.registerNumber}
                  </Anchor>
                  {c.simpelNumber && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {t('cases.list.simpel', { number: c.simpelNumber })}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {[c.channelName, c.trackName].join(' · ')}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <ReporterName name={c.reporterName} confidential={c.confidential} />
                  <Text size="sm" lineClamp={2} className={classes.summary}>
                    {c.summary}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {[c.subjectName, ...c.maladministrationNames].join(' · ')}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/instansi/${c.agencyId}`} size="sm" c="dark.7" lineClamp={2}>
                    {c.agencyShortName || c.agencyName}
                  </Anchor>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {c.agencyUnit || c.agencyGroupName}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <StageBadge name={c.stageName} phase={c.stagePhase} />
                  {c.assignedStaff && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {c.assignedStaff}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <DueBadge nextDueOn={c.nextDueOn} today={today} overdue={c.overdue} dueSoon={c.dueSoon} ruleName={c.nextDueRuleName} closedOn={c.closedOn} />
                {c.nextDueRuleName && !c.closedOn && (
                  <Text size="xs" c="dimmed" mt={2} lineClamp={1}>
                    {c.nextDueRuleName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" className={tableClasses.nowrap}>
                  {shortDate(c.receivedOn, lang)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
