import { ActionIcon, Badge, Button, Collapse, Group, Menu, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBan, IconDots, IconFileTypePdf, IconPaperclip, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailDto, CaseEventDto } from '../../../../../shared/dto';
import { isApiError } from '../../../api/ApiError';
import { useLang } from '../../../app/i18n';
import { AttachmentList } from '../../../components/attachments/AttachmentList';
import { useDeliverDocument } from '../../../components/documents/useDeliverDocument';
import { notifyError } from '../../../components/notify';
import { longDate } from '../../roster/focalDates';
import classes from '../Cases.module.css';
import type { OpenDialog } from './caseDialog';
import { DetailCard } from './DetailCard';
import { EVENT_LOOK } from './eventKinds';

interface ItemProps {
  e: CaseEventDto;
  canWrite: boolean;
  open: OpenDialog;
}

function EventBody({ e, canWrite, open }: ItemProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const deliver = useDeliverDocument();
  const [files, { toggle }] = useDisclosure(false);
  const openLetter = async () => {
    if (!e.documentId) return;
    try {
      await deliver({ id: e.documentId }, 'open');
    } catch (error) {
      notifyError(t('attachments.openFailed'), isApiError(error) ? error.message : t('errors.unexpected'));
    }
  };
  return (
    <Stack gap={4} data-event={e.id} data-kind={e.kind}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <div>
          <Text size="sm" fw={600} className={e.cancelled ? classes.cancelled : undefined}>
            {e.title}
          </Text>
          <Text size="xs" c="dimmed">
            {[longDate(e.occurredOn, lang), t(`cases.events.kinds.${e.kind}`), e.createdBy].filter(Boolean).join(' · ')}
          </Text>
        </div>
        {canWrite && !e.cancelled && (
          <Menu position="bottom-end" withinPortal shadow="md" width={210}>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('cases.events.actionsFor', { title: e.title })}>
                <IconDots size={17} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => open({ kind: 'event', event: e })}>
                {t('cases.events.edit')}
              </Menu.Item>
              {e.kind !== 'stage_change' && (
                <Menu.Item color="red" leftSection={<IconBan size={16} />} onClick={() => open({ kind: 'cancelEvent', event: e })}>
                  {t('cases.events.cancel')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {e.cancelled && (
        <Badge color="gray" variant="light" size="sm" tt="none" w="fit-content">
          {t('cases.events.cancelledBecause', { reason: e.cancelReason })}
        </Badge>
      )}
      {e.letterNumber && (
        <Text size="xs">
          {t('cases.events.letterLine', { kind: e.letterKind ? t(`cases.letters.kinds.${e.letterKind}`) : '', number: e.letterNumber })}
        </Text>
      )}
      {e.outcomeName && <Text size="xs">{t('cases.events.outcome', { outcome: e.outcomeName })}</Text>}
      {e.details && (
        <Text size="sm" className={classes.prewrap} c={e.cancelled ? 'dimmed' : undefined}>
          {e.details}
        </Text>
      )}
      <Group gap="xs">
        {e.documentId && (
          <Button variant="light" size="compact-xs" leftSection={<IconFileTypePdf size={14} />} onClick={() => void openLetter()}>
            {t('cases.events.openLetter')}
          </Button>
        )}
        {(e.attachmentCount > 0 || (canWrite && !e.cancelled)) && (
          <Button variant="subtle" color="gray" size="compact-xs" leftSection={<IconPaperclip size={14} />} onClick={toggle} aria-expanded={files}>
            {e.attachmentCount > 0 ? t('cases.events.files', { count: e.attachmentCount }) : t('cases.events.attach')}
          </Button>
        )}
      </Group>
      <Collapse expanded={files}>
        <AttachmentList entity="case_event" entityId={files ? e.id : null} readOnly={!canWrite || e.cancelled} />
      </Collapse>
    </Stack>
  );
}

/** Everything that happened on the case, newest first: notes, letters, replies, calls, meetings, stages. */
export function CaseTimeline({ c, canWrite, open }: { c: CaseDetailDto; canWrite: boolean; open: OpenDialog }) {
  const { t } = useTranslation();
  const events = [...c.events].reverse();
  return (
    <DetailCard
      id="case-timeline"
      title={t('cases.events.title')}
      action={
        canWrite && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={15} />} onClick={() => open({ kind: 'event' })}>
            {t('cases.events.add')}
          </Button>
        )
      }
    >
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.events.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={28} lineWidth={2} mt="xs">
          {events.map((e) => {
            const look = EVENT_LOOK[e.kind];
            return (
              <Timeline.Item
                key={e.id}
                bullet={
                  <ThemeIcon size={28} radius="xl" variant={e.cancelled ? 'default' : 'light'} color={look.color}>
                    <look.icon size={15} />
                  </ThemeIcon>
                }
              >
                <EventBody e={e} canWrite={canWrite} open={open} />
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </DetailCard>
  );
}
