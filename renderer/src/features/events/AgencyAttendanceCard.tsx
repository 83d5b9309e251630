import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAgencyAttendance } from '../../api/events';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { shortCalendarDate } from '../mou/calendarDate';
import classes from '../mou/AgencyPartnershipCards.module.css';
import { AttendanceBadge, FocalBadge } from './EventBadges';

const SHOWN = 8;

/** The agency page's card: every event it was invited to, whether it came and who. */
export function AgencyAttendanceCard({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const history = useAgencyAttendance(agencyId);
  const items = history.data ?? [];
  return (
    <Paper p="lg" component="section" aria-labelledby="agency-attendance">
      <Title order={2} fz="md" mb="md" id="agency-attendance">
        {t('events.agencyCard.heading')}
      </Title>
      {history.isPending && <Skeleton h={48} radius="md" />}
      {history.isError && <ErrorAlert error={history.error} title={t('errors.loadFailed')} onRetry={() => void history.refetch()} />}
      {history.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('events.agencyCard.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <ul className={classes.list} aria-labelledby="agency-attendance">
          {items.slice(0, SHOWN).map((h) => (
            <li key={h.eventId} className={classes.item} data-event-history={h.title}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={2} miw={0}>
                  <Anchor component={Link} to={`/kegiatan/${h.eventId}`} size="sm" fw={600} c="simpul.9">
                    {h.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[shortCalendarDate(h.startDate, lang), h.typeName, h.cancelled ? t('events.cancelledBadge') : ''].filter(Boolean).join(' · ')}
                  </Text>
                  {h.attendeeNames.length > 0 && (
                    <Text size="xs">{t('events.agencyCard.attendees', { names: h.attendeeNames.join(', ') })}</Text>
                  )}
                </Stack>
                <Stack gap={4} align="flex-end" className={classes.badge}>
                  <AttendanceBadge status={h.attendance} />
                  <FocalBadge invitation={h} />
                </Stack>
              </Group>
            </li>
          ))}
        </ul>
      )}
      {items.length > SHOWN && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('events.agencyCard.more', { count: items.length - SHOWN })}
        </Text>
      )}
    </Paper>
  );
}
