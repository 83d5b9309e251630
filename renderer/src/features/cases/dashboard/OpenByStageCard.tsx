import { Anchor, Paper, Progress, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardDto } from '../../../../../shared/dto';
import { PHASE_COLORS } from '../CaseBadges';

/** Open cases per stage, each linking to the list of that stage. */
export function OpenByStageCard({ d }: { d: DashboardDto | undefined }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...(d?.openByStage.map((s) => s.count) ?? []));
  return (
    <Paper p="lg" component="section" aria-labelledby="home-by-stage">
      <Title order={2} fz="md" mb="md" id="home-by-stage">
        {t('cases.dashboard.byStage')}
      </Title>
      {!d ? (
        <Stack gap="xs">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={22} />
          ))}
        </Stack>
      ) : (
        <Table verticalSpacing={6} withRowBorders={false}>
          <Table.Tbody>
            {d.openByStage.map((s) => (
              <Table.Tr key={s.stageId}>
                <Table.Td w="42%">
                  <Anchor component={Link} to={`/laporan?stage=${s.stageId}`} size="sm" c="dark">
                    {s.stageName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Progress value={(s.count / max) * 100} size="sm" color={PHASE_COLORS[s.phase]} aria-hidden />
                </Table.Td>
                <Table.Td w={70} ta="right">
                  <Text size="sm" fw={600}>
                    {s.count.toLocaleString('id-ID')}
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
