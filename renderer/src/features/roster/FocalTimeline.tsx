import { ActionIcon, Anchor, Badge, Group, Menu, Stack, Text, Timeline } from '@mantine/core';
import { IconDots, IconFileText, IconPencil, IconPlayerStop, IconUser, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIso } from '../../../../shared/dates';
import type { AssignmentDto } from '../../../../shared/dto';
import { useHandoverDocument } from '../../api/documents';
import { useLang } from '../../app/i18n';
import { useDocumentTask } from '../../components/documents/useDeliverDocument';
import { longDate, periodText, shortDate } from './focalDates';
import classes from './FocalTimeline.module.css';
import { personPath } from './RosterTable';

interface Props {
  items: AssignmentDto[];
  /** Null when the agency is inactive: history can be read, not changed. */
  onCorrect: ((a: AssignmentDto) => void) | null;
  onEnd: ((a: AssignmentDto) => void) | null;
}

/** The primary whose term ended the day `a` started: the other half of a handover. */
function predecessorOf(a: AssignmentDto, items: AssignmentDto[]): AssignmentDto | undefined {
  if (a.role !== 'utama') return undefined;
  return items.find((p) => p.role === 'utama' && p.id !== a.id && p.endDate === a.startDate);
}

/** Every focal point the agency had, newest first: who, in which role, when, why it ended. */
export function FocalTimeline({ items, onCorrect, onEnd }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = todayIso();
  const handover = useHandoverDocument();
  const task = useDocumentTask();
  const decreeText = (a: AssignmentDto): string => {
    const date = a.decreeDate ? longDate(a.decreeDate, lang) : '';
    if (a.decreeNumber && date) return t('focal.decreeLine', { number: a.decreeNumber, date });
    if (a.decreeNumber) return t('focal.decreeNumberOnly', { number: a.decreeNumber });
    if (date) return t('focal.decreeDateOnly', { date });
    return t('focal.noDecree');
  };

  return (
    <Timeline bulletSize={26} lineWidth={2} active={-1} aria-label={t('focal.timelineLabel')}>
      {items.map((a) => {
        const predecessor = predecessorOf(a, items);
        const Bullet = a.current && a.role === 'utama' ? IconUserCheck : IconUser;
        const printHandover = (ended: AssignmentDto) =>
          void task.run(t('focal.printHandover'), () => handover.mutateAsync({ endedAssignmentId: ended.id, startedAssignmentId: a.id }), 'open');
        return (
          <Timeline.Item
            key={a.id}
            bullet={<Bullet size={14} stroke={2} />}
            classNames={{ itemBullet: a.current ? (a.role === 'utama' ? classes.bulletPrimary : classes.bulletBackup) : classes.bulletPast }}
            data-current={a.current || undefined}
            title={
              <Group gap={8} justify="space-between" wrap="nowrap">
                <Group gap={8} wrap="wrap">
                  <Anchor component={Link} to={personPath(a.person.id)} fw={600} size="sm" c="dark.7">
                    {a.person.name}
                  </Anchor>
                  <Badge size="xs" radius="sm" variant={a.role === 'utama' ? 'light' : 'outline'} color={a.role === 'utama' ? 'simpul' : 'gray'}>
                    {t(`focal.roles.${a.role}`)}
                  </Badge>
                  {a.current && (
                    <Badge size="xs" radius="sm" variant="light" color="teal">
                      {t('focal.serving')}
                    </Badge>
                  )}
                </Group>
                {(onCorrect || predecessor) && (
                  <Menu position="bottom-end" withinPortal shadow="md" width={250}>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('focal.actionsFor', { name: a.person.name })} loading={task.busy !== null}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {predecessor && (
                        <Menu.Item leftSection={<IconFileText size={16} />} onClick={() => printHandover(predecessor)}>
                          {t('focal.printHandover')}
                        </Menu.Item>
                      )}
                      {onCorrect && (
                        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onCorrect(a)}>
                          {t('focal.correct')}
                        </Menu.Item>
                      )}
                      {onEnd && !a.endDate && (
                        <Menu.Item color="red" leftSection={<IconPlayerStop size={16} />} onClick={() => onEnd(a)}>
                          {t('focal.end')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Group>
            }
          >
            <Stack gap={2} mt={2}>
              {a.person.position && (
                <Text size="xs" c="dimmed">
                  {a.person.position}
                </Text>
              )}
              <Text size="sm" className={classes.period}>
                {periodText(a, today, lang, t)}
              </Text>
              {a.endReason && (
                <Text size="sm" c="dark.4">
                  {t('focal.endedBecause', { reason: t(`focal.endReasons.${a.endReason}`) })}
                  {a.endNote ? ` · ${a.endNote}` : ''}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {[
                  decreeText(a),
                  a.lastConfirmedOn ? t('focal.confirmedLine', { date: shortDate(a.lastConfirmedOn, lang) }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {a.notes && (
                <Text size="xs" c="dimmed" className={classes.notes}>
                  {a.notes}
                </Text>
              )}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
