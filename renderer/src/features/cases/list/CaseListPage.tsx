import { Button, EmptyState, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconMessageReport, IconPlus, IconSearchOff, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseList, useExportCasesXlsx } from '../../../api/cases';
import { DocumentActions } from '../../../components/documents/DocumentActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { AgencyPager } from '../../agencies/AgencyPager';
import { useCasePermissions } from '../useCasePermissions';
import { CaseDueSummary } from './CaseDueSummary';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { CASE_PAGE_SIZES, useCaseListParams, type CaseSortField } from './useCaseListParams';

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
          {list.isError && (
            <Paper withBorder={false} px="md" pb="md">
              <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />
            </Paper>
          )}
          {!list.isError &&
            (data && data.items.length === 0 ? (
              <EmptyState
                py={56}
                icon={filtered ? <IconSearchOff size={26} /> : <IconMessageReport size={26} />}
                title={filtered ? t('cases.list.noMatchTitle') : t('cases.list.emptyTitle')}
                description={filtered ? t('cases.list.noMatchText') : t('cases.list.emptyText')}
              />
            ) : (
              <CaseTable items={data?.items} today={data?.today ?? ''} params={params} onSort={sort} refreshing={list.isPlaceholderData} />
            ))}
          {data && data.total > 0 && (
            <Group justify="space-between" p="md" gap="md" wrap="wrap">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('cases.list.summary', {
                  from: ((data.page - 1) * data.pageSize + 1).toLocaleString('id-ID'),
                  to: ((data.page - 1) * data.pageSize + data.items.length).toLocaleString('id-ID'),
                  total: data.total.toLocaleString('id-ID'),
                })}
              </Text>
              <Group gap="md">
                <Group gap="xs">
                  <Text size="sm" c="dimmed" component="label" htmlFor="case-page-size">
                    {t('agencies.pageSize')}
                  </Text>
                  <Select
                    id="case-page-size"
                    w={80}
                    size="xs"
                    data={CASE_PAGE_SIZES.map(String)}
                    value={String(params.pageSize)}
                    onChange={(value) => update({ pageSize: Number(value ?? 25), page: 1 })}
                    allowDeselect={false}
                  />
                </Group>
                <AgencyPager page={data.page} total={Math.max(1, Math.ceil(data.total / data.pageSize))} onChange={(page) => update({ page })} />
              </Group>
            </Group>
          )}
        </Paper>
      </Stack>
    </>
  );
}
