import { Anchor, Checkbox, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RosterRowDto } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { ContactInline } from '../../components/contact/ContactActions';
import { SkeletonRows } from '../../components/lists/SkeletonRows';
import tableClasses from '../../components/lists/ListTable.module.css';
import { SortableTh, Th } from '../../components/lists/SortableTh';
import { shortDate } from './focalDates';
import classes from './Roster.module.css';
import { RosterFlagBadges } from './RosterFlagBadges';
import type { RosterParams, RosterSortField } from './useRosterParams';

interface Props {
  items: RosterRowDto[] | undefined;
  params: RosterParams;
  onSort: (field: RosterSortField) => void;
  staleAfterMonths: number;
  /** Selected primary assignments (for "Konfirmasi data"). */
  selected: ReadonlySet<string>;
  onSelect: (assignmentIds: string[], selected: boolean) => void;
  refreshing: boolean;
  skeletonRows: number;
}

export const personPath = (personId: string) => `/narahubung/orang/${personId}`;
const agencyNameId = (id: string) => `roster-agency-${id}`;

/** The roster: each agency with the primary focal point serving today and what needs attention. */
export function RosterTable({ items, params, onSort, staleAfterMonths, selected, onSelect, refreshing, skeletonRows }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const sortProps = { sortBy: params.sortBy, sortDir: params.sortDir, onSort };
  const selectable = (items ?? []).flatMap((r) => (r.primary ? [r.primary.id] : []));
  const selectedHere = selectable.filter((id) => selected.has(id)).length;

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing={9} horizontalSpacing="sm" highlightOnHover className={tableClasses.table} data-refreshing={refreshing || undefined} aria-busy={refreshing || !items}>
        <Table.Thead className={tableClasses.thead}>
          <Table.Tr>
            <Table.Th w={40} className={tableClasses.th}>
              <Checkbox
                size="xs"
                aria-label={t('roster.selectPage')}
                checked={selectable.length > 0 && selectedHere === selectable.length}
                indeterminate={selectedHere > 0 && selectedHere < selectable.length}
                disabled={selectable.length === 0}
                onChange={(e) => onSelect(selectable, e.currentTarget.checked)}
              />
            </Table.Th>
            <SortableTh field="agency" label={t('roster.colAgency')} {...sortProps} />
            <SortableTh field="person" label={t('roster.colPrimary')} width="26%" {...sortProps} />
            <Th label={t('roster.colContact')} width={200} />
            <SortableTh field="startDate" label={t('roster.colSince')} width={112} {...sortProps} />
            <SortableTh field="lastConfirmed" label={t('roster.colConfirmed')} width={128} {...sortProps} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!items && <SkeletonRows rows={skeletonRows} widths={[40, 70, 60, 70, 55, 55]} />}
          {items?.map((r) => {
            const p = r.primary;
            const isSelected = p !== null && selected.has(p.id);
            const confirmedOn = p ? (p.lastConfirmedOn ?? p.startDate) : null;
            return (
              <Table.Tr key={r.agencyId} className={isSelected ? classes.selectedRow : r.agencyActive ? undefined : classes.inactiveRow}>
                <Table.Td>
                  {p && (
                    <Checkbox
                      size="xs"
                      checked={isSelected}
                      onChange={(e) => onSelect([p.id], e.currentTarget.checked)}
                      aria-label={t('roster.selectRow')}
                      aria-describedby={agencyNameId(r.agencyId)}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/instansi/${r.agencyId}`} id={agencyNameId(r.agencyId)} fw={600} size="sm" c="simpul.9" className={tableClasses.name}>
                      {r.agencyName}
                    </Anchor>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {[r.agencyShortName, r.groupName].filter(Boolean).join(' · ')}
                    </Text>
                    <RosterFlagBadges flags={r.flags} staleAfterMonths={staleAfterMonths} lastConfirmed={confirmedOn} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {p ? (
                    <Stack gap={2}>
                      <Anchor component={Link} to={personPath(p.person.id)} size="sm" fw={500} c="dark.7" className={classes.personName}>
                        {p.person.name}
                      </Anchor>
                      {(p.person.position || r.backupCount > 0) && (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {[p.person.position, r.backupCount > 0 ? t('roster.backupCount', { count: r.backupCount }) : ''].filter(Boolean).join(' · ')}
                        </Text>
                      )}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed" className={classes.noFocal}>
                      {t('roster.noPrimary')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{p ? <ContactInline contact={p.person} /> : null}</Table.Td>
                <Table.Td>
                  <Text size="sm" className={classes.nowrap}>
                    {p ? shortDate(p.startDate, lang) : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" className={`${classes.nowrap} ${r.flags.stale ? classes.staleDate : ''}`}>
                    {shortDate(confirmedOn, lang)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
