import { ActionIcon, Anchor, Avatar, Badge, Divider, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addMonths, todayIso } from '../../../../shared/dates';
import type { AssignmentDto } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { ContactInline, ContactList } from '../../components/contact/ContactActions';
import { longDate, shortDate } from './focalDates';
import classes from './CurrentFocalPoints.module.css';
import { FLAG_STYLE } from './RosterFlagBadges';
import { personPath } from './RosterTable';

interface Props {
  primary: AssignmentDto | null;
  backups: AssignmentDto[];
  staleAfterMonths: number;
  /** Null when the agency is inactive. */
  onEnd: ((a: AssignmentDto) => void) | null;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');

/** Who to call today: the primary focal point in full, the backups below. */
export function CurrentFocalPoints({ primary, backups, staleAfterMonths, onEnd }: Props) {
  const { t } = useTranslation();
  const lang = useLang();

  if (!primary) {
    const { color, icon: NoneIcon } = FLAG_STYLE.noFocalPoint;
    return (
      <Stack gap="md">
        <Group gap="md" wrap="nowrap" className={classes.none}>
          <Avatar color={color} radius="md" size={44}>
            <NoneIcon size={22} />
          </Avatar>
          <div>
            <Text fw={600} c="red">
              {t('roster.flags.noFocalPoint')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('focal.noneText')}
            </Text>
          </div>
        </Group>
        {backups.length > 0 && <Backups backups={backups} onEnd={onEnd} />}
      </Stack>
    );
  }

  const p = primary.person;
  const confirmedOn = primary.lastConfirmedOn ?? primary.startDate;
  const stale = confirmedOn < addMonths(todayIso(), -staleAfterMonths);
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-start" wrap="nowrap">
        <Avatar color="simpul" radius="md" size={48} variant="filled">
          {initials(p.name)}
        </Avatar>
        <Stack gap={6} miw={0} flex={1}>
          <div>
            <Group gap={8}>
              <Anchor component={Link} to={personPath(p.id)} fw={650} fz="lg" c="dark.8" lh={1.25}>
                {p.name}
              </Anchor>
              <Badge size="sm" radius="sm" variant="light">
                {t('focal.roles.utama')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {[p.position, p.unit].filter(Boolean).join(' · ') || t('focal.noPosition')}
            </Text>
          </div>
          <ContactList contact={p} />
          <Group gap="lg" mt={4} className={classes.facts}>
            <Fact label={t('focal.since')} value={longDate(primary.startDate, lang)} />
            <Fact label={t('focal.decree')} value={primary.decreeNumber || '—'} hint={primary.decreeDate ? longDate(primary.decreeDate, lang) : undefined} />
            <Fact
              label={t('focal.lastConfirmed')}
              value={shortDate(confirmedOn, lang)}
              warn={stale ? t('roster.flagHints.staleSince', { months: staleAfterMonths, date: shortDate(confirmedOn, lang) }) : undefined}
            />
          </Group>
        </Stack>
      </Group>
      {backups.length > 0 && <Backups backups={backups} onEnd={onEnd} />}
    </Stack>
  );
}

function Fact({ label, value, hint, warn }: { label: string; value: string; hint?: string; warn?: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={500} c={warn ? 'orange.8' : undefined}>
          {value}
        </Text>
        {warn && (
          <Tooltip label={warn} multiline maw={260}>
            <Badge size="xs" radius="sm" variant="light" color="orange">
              {t('roster.flags.stale')}
            </Badge>
          </Tooltip>
        )}
      </Group>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}

function Backups({ backups, onEnd }: { backups: AssignmentDto[]; onEnd: Props['onEnd'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div>
      <Divider label={t('focal.backupsHeading', { count: backups.length })} labelPosition="left" mb="xs" />
      <Stack gap={6}>
        {backups.map((b) => (
          <Group key={b.id} justify="space-between" wrap="nowrap" gap="sm" className={classes.backup}>
            <div className={classes.backupName}>
              <Anchor component={Link} to={personPath(b.person.id)} size="sm" fw={600} c="dark.7">
                {b.person.name}
              </Anchor>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {[b.person.position, t('focal.sinceShort', { date: shortDate(b.startDate, lang) })].filter(Boolean).join(' · ')}
              </Text>
            </div>
            <Group gap="xs" wrap="nowrap">
              <ContactInline contact={b.person} />
              {onEnd && (
                <Tooltip label={t('focal.endBackup', { name: b.person.name })}>
                  <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('focal.endBackup', { name: b.person.name })} onClick={() => onEnd(b)}>
                    <IconUserMinus size={15} />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
    </div>
  );
}

