import { Group, Paper } from '@mantine/core';
import { IconAddressBook, IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/ApiError';
import { usePrintRosterDirectory, useExportRosterXlsx } from '../../api/documents';
import { useConfirmAssignments, useRosterList } from '../../api/roster';
import { useLang } from '../../app/i18n';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { ListFooter } from '../../components/lists/ListFooter';
import { ListBody, ListEmpty } from '../../components/lists/ListStates';
import { notifyError, notifySuccess } from '../../components/notify';
import { AgencyArea } from '../agencies/AgencyArea';
import { longDate } from './focalDates';
import { RosterFilters } from './RosterFilters';
import { RosterFlagSummary } from './RosterFlagSummary';
import { RosterSelectionBar } from './RosterSelectionBar';
import { RosterTable } from './RosterTable';
import { useRosterParams, type RosterSortField } from './useRosterParams';

/** "Narahubung": every agency with its focal point today, the gaps flagged, bulk confirmation. */
export function RosterPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { params, input, update, filtered } = useRosterParams();
  const list = useRosterList(input);
  const confirm = useConfirmAssignments();
  const print = usePrintRosterDirectory();
  const exportXlsx = useExportRosterXlsx();

  // The selection survives paging and sorting, not a change of what is listed.
  const { page: _page, pageSize: _size, sortBy: _sort, sortDir: _dir, ...scope } = input;
  const scopeKey = JSON.stringify(scope);
  const [selection, setSelection] = useState<{ scope: string; ids: ReadonlySet<string> }>({ scope: scopeKey, ids: new Set() });
  const selected = selection.scope === scopeKey ? selection.ids : new Set<string>();
  const select = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelection({ scope: scopeKey, ids: next });
  };
  const clearSelection = () => setSelection({ scope: scopeKey, ids: new Set() });

  const sort = (field: RosterSortField) => {
    if (params.sortBy === field) update({ sortDir: params.sortDir === 'asc' ? 'desc' : 'asc', page: 1 });
    // Oldest confirmation first is what needs checking.
    else update({ sortBy: field, sortDir: 'asc', page: 1 });
  };

  const confirmSelected = async () => {
    const ids = [...selected];
    try {
      const { confirmed } = await confirm.mutateAsync(ids);
      const day = longDate(list.data?.today ?? null, lang);
      const skipped = ids.length - confirmed;
      notifySuccess(
        t('roster.confirmedTitle', { count: confirmed }),
        skipped > 0 ? t('roster.confirmedPartly', { date: day, skipped }) : t('roster.confirmedText', { date: day }),
      );
      clearSelection();
    } catch (error) {
      if (isApiError(error) && error.code === 'CONFLICT') notifyError(t('roster.confirmNothingTitle'), t('roster.confirmNothing'));
      else notifyError(t('errors.saveFailed'), isApiError(error) ? error.message : t('errors.unexpected'));
    }
  };

  const { page: _p, pageSize: _ps, ...printInput } = input;
  const data = list.data;

  return (
    <AgencyArea
      tab="roster"
      lead={t('roster.lead')}
      actions={
        <>
          <DocumentActions label={t('roster.printDirectory')} icon={IconPrinter} generate={() => print.mutateAsync(printInput)} disabled={data?.total === 0} />
          <DocumentActions
            label={t('roster.exportXlsx')}
            icon={IconFileSpreadsheet}
            defaultMode="saveAs"
            generate={() => exportXlsx.mutateAsync(printInput)}
            disabled={data?.total === 0}
          />
        </>
      }
    >
      <RosterFlagSummary counts={data?.counts} staleAfterMonths={data?.staleAfterMonths} active={params.flag} onSelect={(flag) => update({ flag, page: 1 })} />
      <Paper p={0}>
        <Group p="md" justify="space-between" align="flex-end">
          <RosterFilters params={params} update={update} filtered={filtered} />
        </Group>
        {selected.size > 0 && (
          <RosterSelectionBar count={selected.size} onConfirm={() => void confirmSelected()} onClear={clearSelection} confirming={confirm.isPending} />
        )}
        <ListBody
          list={list}
          empty={
            <ListEmpty
              filtered={filtered}
              icon={IconAddressBook}
              empty={{ title: t('roster.emptyTitle'), text: t('roster.emptyText') }}
              noMatch={{ title: t('roster.noMatchTitle'), text: t('roster.noMatchText') }}
            />
          }
        >
          <RosterTable
            items={data?.items}
            params={params}
            onSort={sort}
            staleAfterMonths={data?.staleAfterMonths ?? 6}
            selected={selected}
            onSelect={select}
            refreshing={list.isPlaceholderData}
            skeletonRows={8}
          />
        </ListBody>
        <ListFooter
          data={data}
          summary={(range) => t('agencies.summary', range)}
          onPage={(page) => update({ page })}
          pageSize={{ id: 'roster-page-size', label: t('agencies.pageSize'), value: params.pageSize, onChange: (pageSize) => update({ pageSize, page: 1 }) }}
        />
      </Paper>
    </AgencyArea>
  );
}
