import { Anchor, Button, EmptyState, Group, Paper, Progress, Select, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChecklist, IconPlus, IconQrcode, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { COMMITMENT_STATUSES } from '../../../../shared/dto';
import { useActionPlanList } from '../../api/actionPlans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { STATUS_COLOR } from './CommitmentBadges';
import { ActionPlanFormDrawer } from './ActionPlanFormDrawer';
import { MarkSignedModal } from './MarkSignedModal';
import { TemplatesModal } from './TemplatesModal';
import classes from '../mou/MouPanel.module.css';

/** "Rencana Aksi & Komitmen": every plan with how far its signing is. */
export function ActionPlanListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [sp, setSp] = useSearchParams();
  const newForEvent = sp.get('baru');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [year, setYear] = useState<string | null>(null);
  const list = useActionPlanList({ search: debounced, year: year ? Number(year) : undefined, pageSize: 100 });
  const [adding, setAdding] = useState(newForEvent !== null);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [signing, setSigning] = useState(false);
  const items = list.data?.items;

  return (
    <>
      <PageHeader
        title={t('nav.actionPlans')}
        lead={t('actionPlans.lead')}
        actions={
          <>
            <Button variant="default" leftSection={<IconTemplate size={18} />} onClick={() => setTemplatesOpen(true)}>
              {t('actionPlans.templates')}
            </Button>
            <Button variant="default" leftSection={<IconQrcode size={18} />} onClick={() => setSigning(true)}>
              {t('actionPlans.markSigned')}
            </Button>
            <Button leftSection={<IconPlus size={18} />} onClick={() => setAdding(true)}>
              {t('actionPlans.add')}
            </Button>
          </>
        }
      />
      <Paper p={0}>
        <Group p="md" gap="sm" align="flex-end">
          <TextInput label={t('actionPlans.searchLabel')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} type="search" w={260} />
          <Select label={t('actionPlans.filterYear')} placeholder={t('actionPlans.allYears')} data={(list.data?.years ?? []).map(String)} value={year} onChange={setYear} clearable w={140} />
        </Group>
        {list.isError && <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} />}
        {items && items.length === 0 ? (
          <EmptyState py={56} icon={<IconChecklist size={26} />} title={t('actionPlans.emptyTitle')} description={t('actionPlans.emptyText')} />
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover verticalSpacing={10} horizontalSpacing="md" className={classes.table}>
              <Table.Thead className={classes.thead}>
                <Table.Tr>
                  <Table.Th>{t('actionPlans.colPlan')}</Table.Th>
                  <Table.Th w={280}>{t('actionPlans.colEvent')}</Table.Th>
                  <Table.Th w={300}>{t('actionPlans.colStatus')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {!items && (
                  <Table.Tr>
                    <Table.Td colSpan={3}>
                      <Skeleton h={40} />
                    </Table.Td>
                  </Table.Tr>
                )}
                {items?.map((p) => {
                  const signed = p.counts.ditandatangani + p.counts.diarsipkan;
                  return (
                    <Table.Tr key={p.id} data-plan={p.title}>
                      <Table.Td>
                        <Anchor component={Link} to={`/rencana-aksi/${p.id}`} fw={600} size="sm" c="simpul.9">
                          {p.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {p.year} · {p.points.length} butir · {p.templateName}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {p.eventId ? (
                          <Anchor component={Link} to={`/kegiatan/${p.eventId}`} size="sm">
                            {p.eventTitle}
                          </Anchor>
                        ) : (
                          <Text size="sm" c="dimmed">—</Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          <Progress.Root size="md" role="img" aria-label={t('actionPlans.progressLabel', { signed, total: p.counts.total })}>
                            {COMMITMENT_STATUSES.map((s) => (p.counts[s] > 0 ? <Progress.Section key={s} value={(100 * p.counts[s]) / Math.max(1, p.counts.total)} color={STATUS_COLOR[s]} aria-hidden /> : null))}
                          </Progress.Root>
                          <Text size="xs" c="dimmed">
                            {t('actionPlans.progressLabel', { signed, total: p.counts.total })}
                          </Text>
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <ActionPlanFormDrawer
        opened={adding}
        eventId={newForEvent ?? undefined}
        onClose={() => {
          setAdding(false);
          if (newForEvent) setSp({}, { replace: true });
        }}
        onSaved={(saved) => void navigate(`/rencana-aksi/${saved.id}`)}
      />
      <TemplatesModal opened={templatesOpen} onClose={() => setTemplatesOpen(false)} />
      <MarkSignedModal opened={signing} onClose={() => setSigning(false)} />
    </>
  );
}
