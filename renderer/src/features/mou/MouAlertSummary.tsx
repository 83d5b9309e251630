import { Group, Paper, SimpleGrid, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MOU_ALERTS, type MouAlert, type MouPageDto } from '../../../../shared/dto';
import { ALERT_STYLE } from './MouBadges';
import classes from './MouPanel.module.css';

interface Props {
  counts: MouPageDto['counts'] | undefined;
  active: string;
  onSelect: (alert: MouAlert | 'all') => void;
}

/** What needs the office's attention today, each a shortcut to the matching MoUs. */
export function MouAlertSummary({ counts, active, onSelect }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <section aria-label={t('mou.attentionLabel')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {MOU_ALERTS.map((alert) => {
          const { color, icon: Icon } = ALERT_STYLE[alert];
          const n = counts?.[alert] ?? 0;
          const selected = active === alert;
          return (
            <UnstyledButton
              key={alert}
              className={classes.alertCard}
              data-selected={selected || undefined}
              data-empty={n === 0 || undefined}
              aria-pressed={selected}
              // Named by what it shows (count and title), so speech input can say what it sees;
              // the hint is its description.
              aria-describedby={`${hintId}-${alert}`}
              onClick={() => onSelect(selected ? 'all' : alert)}
            >
              <Paper p="md" className={classes.alertPaper}>
                <Group gap="md" wrap="nowrap">
                  <ThemeIcon variant="light" color={n > 0 ? color : 'gray'} size={40} radius="md" aria-hidden>
                    <Icon size={22} stroke={1.7} />
                  </ThemeIcon>
                  <div>
                    <Text fz={24} fw={700} lh={1.1} c={n > 0 ? undefined : 'dimmed'}>
                      {counts ? n : '–'}
                    </Text>
                    <Text size="sm" fw={600}>
                      {t(`mou.alerts.${alert}`)}
                    </Text>
                  </div>
                </Group>
                <Text size="xs" c="dimmed" mt={6} lineClamp={2} id={`${hintId}-${alert}`} aria-hidden>
                  {t(`mou.alertHints.${alert}`)}
                </Text>
              </Paper>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
