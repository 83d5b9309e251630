import { Badge, Code, Group, Paper, Skeleton, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '../../../../shared/dto';
import { useAuditFacets, useAuditList } from '../../api/audit';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatTimestamp';
import { ListPager } from '../../components/lists/ListPager';
import classes from './Audit.module.css';
import { AuditEntryDrawer } from './AuditEntryDrawer';
import { AuditFilters } from './AuditFilters';
import { AuditVerifyCard } from './AuditVerifyCard';
import { useAuditListParams } from './useAuditListParams';

/** Pengaturan > Jejak audit: filtered, paged, newest first; a row opens its before/after view. */
export function AuditPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const { params, input, update, reset, filtered } = useAuditListParams();
  const list = useAuditList(input);
  const facets = useAuditFacets();
  const [open, setOpen] = useState<AuditEntryDto | null>(null);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;

  return (
    <>
      <AuditVerifyCard />
      <AuditFilters params={params} update={update} facets={facets.data} filtered={filtered} reset={reset} />
      {list.isError && <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} />}
      {list.isPending && <Skeleton h={320} radius="md" />}
      {list.data && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>#</Table.Th>
                  <Table.Th w={190}>{t('audit.when')}</Table.Th>
                  <Table.Th>{t('audit.who')}</Table.Th>
                  <Table.Th>{t('audit.what')}</Table.Th>
                  <Table.Th>{t('audit.record')}</Table.Th>
                  <Table.Th>{t('audit.channel')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((e) => (
                  <Table.Tr key={e.id} className={classes.row} onClick={() => setOpen(e)}>
                    <Table.Td>
                      <UnstyledButton onClick={() => setOpen(e)} aria-label={t('audit.showEntry', { seq: e.seq })}>
                        <Text size="sm" c="blue" td="underline">
                          {e.seq}
                        </Text>
                      </UnstyledButton>
                    </Table.Td>
                    <Table.Td>{formatTimestamp(e.at, lang)}</Table.Td>
                    <Table.Td>{e.actorName}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{e.action}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.entity}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Code>{e.channel}</Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.data.items.length === 0 && (
            <Text size="sm" c="dimmed" p="md">
              {t('audit.empty')}
            </Text>
          )}
        </Paper>
      )}
      {list.data && (
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed">
            {t('audit.total', { count: list.data.total })}
          </Text>
          {pages > 1 && <ListPager page={params.page} total={pages} onChange={(page) => update({ page })} />}
        </Group>
      )}
      <AuditEntryDrawer entry={open} onClose={() => setOpen(null)} />
    </>
  );
}
