import { Button, Group, Paper, Stack } from '@mantine/core';
import { IconFileSpreadsheet, IconMessageReport, IconPlus, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseList, useExportCasesXlsx } from '../../../api/cases';
import { DocumentActions } from '../../../components/documents/DocumentActions';
import { ListFooter } from '../../../components/lists/ListFooter';
import { ListBody, ListEmpty } from '../../../components/lists/ListStates';
import { PageHeader } from '../../../components/PageHeader';
import { useCasePermissions } from '../useCasePermissions';
import { CaseDueSummary } from './CaseDueSummary';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { useCaseListParams, type CaseSortField } from './useCaseListParams';

/** Dates and deadlines read best newest / nearest first; names and numbers from the top. */
const FIRST_DIR: Record<CaseSortField, 'asc' | 'desc'> = { receivedOn: 'desc', registerNumber: 'desc', nextDueOn: 'asc', agency: 'asc', updatedAt: 'desc' };

/** "Laporan Masyarakat": the complaint register, paged on the server so it stays quick at any size. */
export function CaseListPage() {
  const { t } = useTranslation();
  const { params, input, filters, update, filtered, moreCount, reset } = useCaseListParams();
  const list = useCaseList(input);
  const exportXlsx = useExportCasesXlsx();
  const can = useCasePermissions();
  const data = list.data;

  const sort = (field: CaseSortField) => {
    if (params.sortBy === field) update({ sortDir: params.sortDir === 'asc' ? 'desc' : 'asc', page: 1 });
    else update({ sortBy: field, sortDir: FIRST_DIR[field], page: 1 });
  };

  return (
    <>
      <PageHeader
        title={t('nav.cases')}
        lead={t('cases.list.lead')}
        actions={
          <>
            <Button component={Link} to="/laporan/pengaturan" variant="default" leftSection={<IconSettings size={17} />}>
              {t('cases.setup.title')}
            </Button>
            <DocumentActions
              label={t('cases.list.exportXlsx')}
              icon={IconFileSpreadsheet}
              defaultMode="saveAs"
              generate={() => exportXlsx.mutateAsync(filters)}
              disabled={!data || data.total === 0}
            />
            {can.canWrite && (
              <Button component={Link} to="/laporan/baru" leftSection={<IconPlus size={18} />}>
                {t('cases.intake.add')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <CaseDueSummary counts={data?.counts} params={params} update={update} />
        <Paper p={0} component="section" aria-label={t('cases.list.registerLabel')}>
          <Group p="md">
            <CaseFilters params={params} update={update} filtered={filtered} moreCount={moreCount} reset={reset} />
          </Group>
          <ListBody
            list={list}
            empty={
              <ListEmpty
                filtered={filtered}
                icon={IconMessageReport}
                empty={{ title: t('cases.list.emptyTitle'), text: t('cases.list.emptyText') }}
                noMatch={{ title: t('cases.list.noMatchTitle'), text: t('cases.list.noMatchText') }}
              />
            }
          >
            <CaseTable items={data?.items} today={data?.today ?? ''} params={params} onSort={sort} refreshing={list.isPlaceholderData} />
          </ListBody>
          <ListFooter
            data={data}
            summary={(range) => t('cases.list.summary', range)}
            formatNumber={(n) => n.toLocaleString('id-ID')}
            onPage={(page) => update({ page })}
            pageSize={{ id: 'case-page-size', label: t('agencies.pageSize'), value: params.pageSize, onChange: (pageSize) => update({ pageSize, page: 1 }) }}
          />
        </Paper>
      </Stack>
    </>
  );
}
