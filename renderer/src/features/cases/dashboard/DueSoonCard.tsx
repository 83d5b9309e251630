import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseList } from '../../../api/cases';
import { DueBadge } from '../CaseBadges';
import { casePath } from '../list/CaseTable';

/** The open cases whose nearest deadline comes next (not yet passed). */
export function DueSoonCard() {
  const { t } = useTranslation();
  const list = useCaseList({ state: 'open', due: 'dueSoon', sortBy: 'nextDueOn', sortDir: 'asc', pageSize: 6 });
  const data = list.data;
  return (
    <Paper p="lg" component="section" aria-labelledby="home-due-soon">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="md" id="home-due-soon">
          {t('cases.list.cards.dueSoon')}
        </Title>
        {data && data.total > data.items.length && (
          <Anchor component={Link} to="/laporan?due=dueSoon&sort=nextDueOn&dir=asc" size="sm">
            {t('cases.dashboard.allDueSoon', { count: data.total })}
          </Anchor>
        )}
      </Group>
      {!data ? (
        <Skeleton h={140} />
      ) : data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.dashboard.noDueSoon')}
        </Text>
      ) : (
        <Stack gap="sm">
          {data.items.map((c) => (
            <div key={c.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Anchor component={Link} to={casePath(c.id)} size="sm" fw={600}>
                  {c.registerNumber}
                </Anchor>
                <DueBadge nextDueOn={c.nextDueOn} today={data.today} overdue={c.overdue} dueSoon={c.dueSoon} ruleName={c.nextDueRuleName} />
              </Group>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {[c.agencyShortName || c.agencyName, c.nextDueRuleName].filter(Boolean).join(' · ')}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
