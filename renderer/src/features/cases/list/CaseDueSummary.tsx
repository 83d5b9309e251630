import { Group, Paper, SimpleGrid, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconFolderOpen, type Icon } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePageDto } from '../../../../../shared/dto';
import classes from '../../mou/MouPanel.module.css';
import type { CaseListParams } from './useCaseListParams';

type Card = 'open' | 'overdue' | 'dueSoon';
const CARDS: Array<{ key: Card; color: string; icon: Icon }> = [
  { key: 'open', color: 'simpul', icon: IconFolderOpen },
  { key: 'overdue', color: 'red', icon: IconAlertTriangle },
  { key: 'dueSoon', color: 'orange', icon: IconAlarm },
];

interface Props {
  counts: CasePageDto['counts'] | undefined;
  params: CaseListParams;
  update: (patch: Partial<CaseListParams>) => void;
}

/** Open, overdue and due-soon cases over the whole register, each a shortcut to the list. */
export function CaseDueSummary({ counts, params, update }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const selectedCard: Card | null = params.state !== 'open' ? null : params.due === 'overdue' ? 'overdue' : params.due === 'dueSoon' ? 'dueSoon' : params.due === 'all' ? 'open' : null;
  const select = (card: Card) => {
    if (card === 'open' || selectedCard === card) update({ state: 'open', due: 'all', page: 1 });
    else update({ state: 'open', due: card, sortBy: 'nextDueOn', sortDir: 'asc', page: 1 });
  };
  return (
    <section aria-label={t('cases.list.summaryLabel')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {CARDS.map(({ key, color, icon: CardIcon }) => {
          const n = counts?.[key] ?? 0;
          const selected = selectedCard === key;
          const label = t(`cases.list.cards.${key}`);
          return (
            <UnstyledButton
              key={key}
              className={classes.alertCard}
              data-selected={selected || undefined}
              aria-pressed={selected}
              // Named by what it shows (count and title), so speech input can say what it sees.
              aria-describedby={`${hintId}-${key}`}
              onClick={() => select(key)}
            >
              <Paper p="md" className={classes.alertPaper}>
                <Group gap="md" wrap="nowrap">
                  <ThemeIcon variant="light" color={n > 0 ? color : 'gray'} size={40} radius="md" aria-hidden>
                    <CardIcon size={22} stroke={1.7} />
                  </ThemeIcon>
                  <div>
                    <Text fz={24} fw={700} lh={1.1} c={n > 0 ? undefined : 'dimmed'}>
                      {counts ? n.toLocaleString('id-ID') : '–'}
                    </Text>
                    <Text size="sm" fw={600}>
                      {label}
                    </Text>
                  </div>
                </Group>
                <Text size="xs" c="dimmed" mt={6} lineClamp={2} id={`${hintId}-${key}`} aria-hidden>
                  {t(`cases.list.cardHints.${key}`)}
                </Text>
              </Paper>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
