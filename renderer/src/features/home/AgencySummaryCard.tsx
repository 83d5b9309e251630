import { Anchor, Group, Paper, Progress, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAgencyGroups, useAgencyList } from '../../api/agencies';
import { ErrorAlert } from '../../components/ErrorAlert';
import classes from './AgencySummaryCard.module.css';

function Figure({ label, value, to, tone }: { label: string; value: number | undefined; to: string; tone: 'primary' | 'muted' }) {
  return (
    <Anchor component={Link} to={to} underline="never" className={classes.figure} data-tone={tone}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      {value === undefined ? <Skeleton h={34} w={64} mt={4} /> : <Text className={classes.figureValue}>{value}</Text>}
    </Anchor>
  );
}

/** Agency counts: active / inactive and per group, each linking to the filtered register. */
export function AgencySummaryCard() {
  const { t } = useTranslation();
  // pageSize 1: only the totals are needed.
  const active = useAgencyList({ status: 'active', pageSize: 1 });
  const inactive = useAgencyList({ status: 'inactive', pageSize: 1 });
  const groups = useAgencyGroups();
  const failed = [active, inactive, groups].find((q) => q.isError);
  const visibleGroups = (groups.data ?? []).filter((g) => g.active || g.agencyCount > 0);
  const max = Math.max(1, ...visibleGroups.map((g) => g.agencyCount));

  return (
    <Paper p="lg" component="section" h="100%">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="md" id="home-agencies">
          {t('home.agenciesCard')}
        </Title>
        <Anchor component={Link} to="/instansi/daftar" size="sm">
          {t('home.openRegister')}
        </Anchor>
      </Group>
      {failed?.error && (
        <ErrorAlert error={failed.error} title={t('errors.loadFailed')} onRetry={() => void Promise.all([active.refetch(), inactive.refetch(), groups.refetch()])} />
      )}
      <SimpleGrid cols={2} spacing="md" mb="lg">
        <Figure label={t('home.activeCount')} value={active.data?.total} to="/instansi/daftar" tone="primary" />
        <Figure label={t('home.inactiveCount')} value={inactive.data?.total} to="/instansi/daftar?status=inactive" tone="muted" />
      </SimpleGrid>
      <Title order={3} fz="sm" c="dimmed" fw={600} mb="xs">
        {t('home.perGroup')}
      </Title>
      {groups.isPending ? (
        <Stack gap="xs">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={22} />
          ))}
        </Stack>
      ) : visibleGroups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('home.noGroups')}
        </Text>
      ) : (
        <Table verticalSpacing={6} withRowBorders={false}>
          <Table.Tbody>
            {visibleGroups.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td w="45%">
                  <Anchor component={Link} to={`/instansi/daftar?group=${g.id}`} size="sm" c="dark">
                    {g.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Progress value={(g.agencyCount / max) * 100} size="sm" aria-hidden />
                </Table.Td>
                <Table.Td w={110} ta="right">
                  <Text size="sm" fw={500}>
                    {g.agencyCount}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
