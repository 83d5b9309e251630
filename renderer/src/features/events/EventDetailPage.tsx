import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, NumberInput, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBan, IconListCheck, IconPencil, IconPlayerPlay, IconPrinter, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { InvitationDto } from '../../../../shared/dto';
import { useEvent, usePrintAttendanceList, useSetEventCancelled, useUninvite } from '../../api/events';
import { useLang } from '../../app/i18n';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { longDate } from '../roster/focalDates';
import { AttendanceModal } from './AttendanceModal';
import { AttendanceSummary } from './AttendanceSummary';
import { CancelEventModal } from './CancelEventModal';
import { EventFormDrawer } from './EventFormDrawer';
import { timeRange } from './EventTable';
import { InvitationTable } from './InvitationTable';
import { InviteModal } from './InviteModal';
import { WalkInSection } from './WalkInSection';

/** /kegiatan/:id: one event, its invitations, attendance, walk-ins and the attendance list. */
export function EventDetailPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const detail = useEvent(id);
  const print = usePrintAttendanceList();
  const uninvite = useUninvite();
  const restore = useSetEventCancelled();
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [recording, setRecording] = useState<InvitationDto | null>(null);
  const [blankRows, setBlankRows] = useState(10);
  const d = detail.data;

  const crumbs = (
    <Breadcrumbs separatorMargin={6}>
      <Anchor component={Link} to="/kegiatan" size="sm">
        {t('nav.events')}
      </Anchor>
      <Anchor size="sm" c="dimmed" underline="never" component="span">
        {t('events.detailBreadcrumb')}
      </Anchor>
    </Breadcrumbs>
  );
  if (detail.isPending) return <Stack aria-busy="true">{crumbs}<Skeleton h={36} w="50%" /><Skeleton h={240} /></Stack>;
  if (detail.isError || !d) {
    return (
      <>
        <PageHeader above={crumbs} title={t('events.detailBreadcrumb')} />
        <ErrorAlert error={detail.error} title={t('errors.loadFailed')} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />
      </>
    );
  }
  const e = d.event;
  const when = [e.endDate && e.endDate !== e.startDate ? `${longDate(e.startDate, lang)} – ${longDate(e.endDate, lang)}` : longDate(e.startDate, lang), timeRange(e)].filter(Boolean).join(', ');

  const doUninvite = async (inv: InvitationDto) => {
    try {
      await uninvite.mutateAsync({ invitationId: inv.id });
      notifySuccess(t('events.uninvited'), inv.agencyName);
    } catch (error) {
      notifyError(t('errors.saveFailed'), error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <PageHeader
        above={crumbs}
        title={e.title}
        lead={
          <Group gap="xs" component="span">
            <Badge variant="light" radius="sm">
              {e.typeName}
            </Badge>
            {e.cancelled && (
              <Badge variant="outline" color="gray" radius="sm">
                {t('events.cancelledBadge')}
              </Badge>
            )}
            <span>{[when, e.place].filter(Boolean).join(' · ')}</span>
          </Group>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            {e.cancelled ? (
              <Button variant="light" leftSection={<IconPlayerPlay size={16} />} loading={restore.isPending} onClick={() => void restore.mutateAsync({ id: e.id, cancelled: false, expectedUpdatedAt: e.updatedAt }).then(() => notifySuccess(t('events.restored'), e.title))}>
                {t('events.restore')}
              </Button>
            ) : (
              <Button variant="light" color="red" leftSection={<IconBan size={16} />} onClick={() => setCancelling(true)}>
                {t('events.cancel')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        {e.cancelled && <Alert color="gray">{t('events.cancelledNotice', { reason: e.cancelReason ? `: ${e.cancelReason}` : '' })}</Alert>}
        {e.theme && (
          <Text size="sm">
            <Text span c="dimmed">{t('events.fields.theme')}: </Text>
            {e.theme}
          </Text>
        )}
        <AttendanceSummary counts={e.counts} />
        <Paper p={0} component="section" aria-labelledby="event-invitations">
          <Group p="md" justify="space-between" align="flex-end">
            <Title order={2} fz="md" id="event-invitations">
              {t('events.invitationsHeading')}
            </Title>
            <Group gap="sm" align="flex-end">
              <NumberInput label={t('events.blankRows')} value={blankRows} onChange={(v) => setBlankRows(Math.max(0, Math.min(200, Number(v) || 0)))} min={0} max={200} w={110} size="xs" />
              <DocumentActions label={t('events.printAttendance')} icon={IconPrinter} generate={() => print.mutateAsync({ eventId: e.id, blankRows })} />
              {!e.cancelled && (
                <Button leftSection={<IconUsersPlus size={16} />} onClick={() => setInviting(true)}>
                  {t('events.invite')}
                </Button>
              )}
            </Group>
          </Group>
          {d.invitations.length === 0 ? (
            <Text px="md" pb="md" size="sm" c="dimmed">
              {t('events.noInvitations')}
            </Text>
          ) : (
            <InvitationTable invitations={d.invitations} readOnly={e.cancelled} onRecord={setRecording} onUninvite={(inv) => void doUninvite(inv)} />
          )}
        </Paper>
        <WalkInSection eventId={e.id} walkIns={d.walkIns} readOnly={e.cancelled} />
        <Paper p="lg" component="section" aria-labelledby="event-plans">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="md" id="event-plans">
              {t('events.plansHeading')}
            </Title>
            <Button size="xs" variant="light" component={Link} to={`/rencana-aksi?baru=${e.id}`} leftSection={<IconListCheck size={14} />}>
              {t('events.addPlan')}
            </Button>
          </Group>
          <Stack gap={4}>
            {d.actionPlans.map((p) => (
              <Anchor key={p.id} component={Link} to={`/rencana-aksi/${p.id}`} size="sm">
                {p.title}
              </Anchor>
            ))}
          </Stack>
        </Paper>
      </Stack>
      <EventFormDrawer opened={editing} event={e} onClose={() => setEditing(false)} />
      <CancelEventModal event={e} opened={cancelling} onClose={() => setCancelling(false)} />
      <InviteModal eventId={e.id} opened={inviting} onClose={() => setInviting(false)} />
      <AttendanceModal invitation={recording} onClose={() => setRecording(null)} />
    </>
  );
}
