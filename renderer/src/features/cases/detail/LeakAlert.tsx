import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailDto, LeakFindingDto } from '../../../../../shared/dto';
import { CASE_FIELDS } from '../form/caseFormValues';
import type { OpenDialog } from './caseDialog';

/** What the clerk can do about one finding: open the text that holds the identity. */
function fixFor(f: LeakFindingDto, c: CaseDetailDto, open: OpenDialog): (() => void) | null {
  if ((CASE_FIELDS as readonly string[]).includes(f.field)) return () => open({ kind: 'editCase', focus: f.field });
  const event = f.eventId ? c.events.find((e) => e.id === f.eventId) : undefined;
  if (event && !event.cancelled) return () => open({ kind: 'event', event });
  return null;
}

/**
 * Printing and exporting stop while a confidential reporter's name, number or identity
 * number is written into the case's own text. Lists each place, never the identity itself.
 */
export function LeakAlert({ c, findings, canWrite, open }: { c: CaseDetailDto; findings: LeakFindingDto[]; canWrite: boolean; open: OpenDialog }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconShieldX size={22} />} title={t('cases.leak.title')} role="alert" data-testid="leak-alert">
      <Text size="sm" mb="xs">
        {t('cases.leak.text')}
      </Text>
      <List size="sm" spacing={6}>
        {findings.map((f, i) => {
          const fix = canWrite ? fixFor(f, c, open) : null;
          return (
            <List.Item key={`${f.field}-${f.what}-${i}`}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" component="span">
                  {t('cases.leak.finding', { place: f.label, what: t(`cases.leak.what.${f.what}`) })}
                </Text>
                {fix && (
                  <Button size="compact-xs" variant="white" color="red" onClick={fix}>
                    {t('cases.leak.fix')}
                  </Button>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
