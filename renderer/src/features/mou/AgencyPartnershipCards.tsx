import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssistanceDto, MouDto } from '../../../../shared/dto';
import { useAssistanceList } from '../../api/assistance';
import { useMouList } from '../../api/mous';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AssistanceFormDrawer } from '../assistance/AssistanceFormDrawer';
import { shortCalendarDate } from './calendarDate';
import { MouAlertBadges, MouStatusBadge } from './MouBadges';
import { MouFormDrawer } from './MouFormDrawer';
import classes from './AgencyPartnershipCards.module.css';

function Card({ id, title, action, children }: { id: string; title: string; action: ReactNode; children: ReactNode }) {
  return (
    <Paper p="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Title order={2} fz="md" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

function AgencyMouCard({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useMouList({ agencyId, pageSize: 50, sortBy: 'date', sortDir: 'desc' });
  const [drawer, setDrawer] = useState<{ opened: boolean; mou?: MouDto }>({ opened: false });
  const items = list.data?.items ?? [];
  return (
    <Card
      id="agency-mous"
      title={t('mou.agencyCard.heading')}
      action={
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setDrawer({ opened: true })}>
          {t('mou.agencyCard.add')}
        </Button>
      }
    >
      {list.isPending && <Skeleton h={48} radius="md" />}
      {list.isError && <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />}
      {list.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('mou.agencyCard.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <ul className={classes.list} aria-labelledby="agency-mous">
          {items.map((m) => (
            <li key={m.id} className={classes.item} data-mou={m.id}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={4} miw={0}>
                  <Anchor component="button" type="button" ta="left" fw={600} size="sm" c="simpul.9" onClick={() => setDrawer({ opened: true, mou: m })}>
                    {m.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[
                      m.number,
                      m.signedDate ? `${t('mou.dateSigned')} ${shortCalendarDate(m.signedDate, lang)}` : m.plannedDate ? `${t('mou.datePlanned')} ${shortCalendarDate(m.plannedDate, lang)}` : '',
                      m.validUntil ? t('mou.agencyCard.validUntil', { date: shortCalendarDate(m.validUntil, lang) }) : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <MouAlertBadges alerts={m.alerts} />
                </Stack>
                <div className={classes.badge}>
                  <MouStatusBadge status={m.status} />
                </div>
              </Group>
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <Anchor component={Link} to={`/mou?agency=${agencyId}`} size="sm" mt="sm" display="inline-block">
          {t('mou.agencyCard.viewAll')}
        </Anchor>
      )}
      <MouFormDrawer opened={drawer.opened} mou={drawer.mou} agencyId={agencyId} onClose={() => setDrawer({ opened: false })} />
    </Card>
  );
}

function AgencyAssistanceCard({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useAssistanceList({ agencyId, pageSize: 5 });
  const [drawer, setDrawer] = useState<{ opened: boolean; item?: AssistanceDto }>({ opened: false });
  const items = list.data?.items ?? [];
  return (
    <Card
      id="agency-assistance"
      title={t('assistance.agencyCard.heading')}
      action={
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setDrawer({ opened: true })}>
          {t('assistance.agencyCard.add')}
        </Button>
      }
    >
      {list.isPending && <Skeleton h={48} radius="md" />}
      {list.isError && <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />}
      {list.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('assistance.agencyCard.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <ul className={classes.list} aria-labelledby="agency-assistance">
          {items.map((s) => (
            <li key={s.id} className={classes.item}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Anchor component="button" type="button" size="sm" fw={600} c="simpul.9" w={96} ta="left" onClick={() => setDrawer({ opened: true, item: s })} style={{ flexShrink: 0 }}>
                  {shortCalendarDate(s.date, lang)}
                </Anchor>
                <Stack gap={2} miw={0}>
                  <Text size="sm">{s.topic === 'lainnya' ? s.topicOther : t(`assistance.topics.${s.topic}`)}</Text>
                  {s.outcome && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {s.outcome}
                    </Text>
                  )}
                </Stack>
              </Group>
            </li>
          ))}
        </ul>
      )}
      {list.data && list.data.total > 0 && (
        <Anchor component={Link} to={`/mou/pendampingan?agency=${agencyId}`} size="sm" mt="sm" display="inline-block">
          {t('assistance.agencyCard.viewAll', { count: list.data.total })}
        </Anchor>
      )}
      <AssistanceFormDrawer opened={drawer.opened} item={drawer.item} agencyId={agencyId} onClose={() => setDrawer({ opened: false })} />
    </Card>
  );
}

/** The agency page's MoU and technical-assistance cards. */
export function AgencyPartnershipCards({ agencyId }: { agencyId: string }) {
  return (
    <>
      <AgencyMouCard agencyId={agencyId} />
      <AgencyAssistanceCard agencyId={agencyId} />
    </>
  );
}
