import { Group, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RosterPageDto } from '../../../../shared/dto';
import { FLAG_STYLE } from './RosterFlagBadges';
import classes from './Roster.module.css';
import { ROSTER_FILTERS, type RosterFilter } from './useRosterParams';

interface Props {
  counts: RosterPageDto['counts'] | undefined;
  staleAfterMonths: number | undefined;
  active: RosterFilter;
  onSelect: (flag: RosterFilter) => void;
}

/** Where the network has holes, each figure a quick filter (pressed again: back to all). */
export function RosterFlagSummary({ counts, staleAfterMonths, active, onSelect }: Props) {
  const { t } = useTranslation();
  const value = (flag: RosterFilter): number | undefined => {
    if (!counts) return undefined;
    // Agencies with a primary whose data is not stale: every active one minus the two gaps.
    if (flag === 'ok') return counts.all - counts.noFocalPoint - counts.stale;
    return counts[flag];
  };
  return (
    <div className={classes.summary} role="group" aria-label={t('roster.summaryLabel')}>
      {ROSTER_FILTERS.map((flag) => {
        const { color, icon: FlagIcon } = FLAG_STYLE[flag];
        const n = value(flag);
        const selected = active === flag;
        const attention = flag !== 'all' && flag !== 'ok' && flag !== 'inactive' && (n ?? 0) > 0;
        return (
          <Tooltip key={flag} label={t(`roster.flagHints.${flag}`, { months: staleAfterMonths ?? 6 })} multiline maw={260}>
            <UnstyledButton
              className={classes.summaryCard}
              data-selected={selected || undefined}
              data-attention={attention || undefined}
              style={{ '--flag-color': `var(--mantine-color-${color}-6)`, '--flag-tint': `var(--mantine-color-${color}-0)` }}
              aria-pressed={selected}
              onClick={() => onSelect(selected ? 'all' : flag)}
            >
              <Group gap="sm" wrap="nowrap">
                <ThemeIcon variant="light" color={n === 0 && flag !== 'all' ? 'gray' : color} size={34} radius="md" aria-hidden>
                  <FlagIcon size={19} stroke={1.8} />
                </ThemeIcon>
                <div className={classes.summaryText}>
                  <Text fz={20} fw={700} lh={1.1} c={n === 0 ? 'dimmed' : undefined}>
                    {n ?? '–'}
                  </Text>
                  <Text size="xs" fw={600} c="dark.4" lh={1.25}>
                    {t(`roster.flags.${flag}`)}
                  </Text>
                </div>
              </Group>
            </UnstyledButton>
          </Tooltip>
        );
      })}
    </div>
  );
}
