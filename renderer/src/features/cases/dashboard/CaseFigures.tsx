import { Anchor, Group, Paper, Progress, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardDto } from '../../../../../shared/dto';
import classes from '../../home/AgencySummaryCard.module.css';

function Figure({ label, value, to, color, note }: { label: string; value: number | undefined; to: string; color?: string; note?: string }) {
  return (
    <Anchor component={Link} to={to} underline="never" className={classes.figure} data-tone="primary">
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      {value === undefined ? <Skeleton h={34} w={64} mt={4} /> : <Text className={classes.figureValue} c={value > 0 ? color : undefined}>{value.toLocaleString('id-ID')}</Text>}
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Anchor>
  );
}

/** The register at a glance: open, overdue, due soon, and closures against the year's target. */
export function CaseFigures({ d }: { d: DashboardDto | undefined }) {
  const { t } = useTranslation();
  const share = d && d.target ? Math.min(100, Math.round((d.closedThisYear / d.target) * 100)) : 0;
  return (
    <Paper p="lg" component="section" aria-labelledby="home-cases">
      <Group justify="space-between" mb="md">
        <Text component="h2" fz="md" fw={650} id="home-cases" m={0}>
          {t('cases.dashboard.title')}
        </Text>
        <Anchor component={Link} to="/laporan" size="sm">
          {t('cases.dashboard.openRegister')}
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <Figure label={t('cases.list.cards.open')} value={d?.open} to="/laporan" />
        <Figure label={t('cases.list.cards.overdue')} value={d?.overdue} to="/laporan?due=overdue&sort=nextDueOn&dir=asc" color="red.7" />
        <Figure label={t('cases.list.cards.dueSoon')} value={d?.dueSoon} to="/laporan?due=dueSoon&sort=nextDueOn&dir=asc" color="orange.8" />
        <Anchor component={Link} to="/laporan?state=closed" underline="never" className={classes.figure} data-tone="primary">
          <Text size="sm" c="dimmed" fw={500}>
            {t('cases.dashboard.closedYear', { year: d?.year ?? '' })}
          </Text>
          {d ? (
            <>
              <Text className={classes.figureValue}>
                {d.closedThisYear.toLocaleString('id-ID')}
                <Text span size="sm" c="dimmed" fw={500}>
                  {' '}
                  {d.target !== null ? t('cases.dashboard.ofTarget', { target: d.target.toLocaleString('id-ID') }) : t('cases.dashboard.noTarget')}
                </Text>
              </Text>
              {d.target !== null && <Progress value={share} size="sm" mt={6} color={share >= 100 ? 'teal' : 'simpul'} aria-label={t('cases.dashboard.targetShare', { share })} />}
              <Text size="xs" c="dimmed" mt={4}>
                {t('cases.dashboard.receivedYear', { count: d.receivedThisYear })}
              </Text>
            </>
          ) : (
            <Skeleton h={34} w={64} mt={4} />
          )}
        </Anchor>
      </SimpleGrid>
    </Paper>
  );
}
