import { Badge, Checkbox, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DuplicateHintInput } from '../../../../../shared/contract/cases';
import { useDuplicateHints } from '../../../api/cases';
import { useLang } from '../../../app/i18n';
import { shortDate } from '../../roster/focalDates';

interface Props {
  agencyId: string;
  text: string;
  reporter: { name: string; phone: string; idNumber: string };
  /** Hints the clerk ticked, to be linked to the new case once it is saved. */
  linkIds: readonly string[];
  onToggleLink: (caseId: string, on: boolean) => void;
}

/** Enough words to compare; a few letters would match everything. */
const worthAsking = (text: string) => text.trim().split(/\s+/).filter((w) => w.length >= 3).length >= 3;

/**
 * While the summary is typed: earlier cases for the same agency with similar text (and, for
 * users who may see identities, from the same reporter). Asked after a pause in typing.
 */
export function DuplicateHints({ agencyId, text, reporter, linkIds, onToggleLink }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  // Debounced as a string: a fresh object on every render would restart the timer for ever.
  const typed: DuplicateHintInput = { agencyId, text, reporterName: reporter.name.trim(), reporterPhone: reporter.phone.trim(), reporterIdNumber: reporter.idNumber.trim() };
  const [settled] = useDebouncedValue(JSON.stringify(typed), 500);
  const input = JSON.parse(settled) as Required<DuplicateHintInput>;
  const ready = input.agencyId !== '' && (worthAsking(input.text) || input.reporterPhone !== '' || input.reporterIdNumber !== '');
  const hints = useDuplicateHints(input, ready);
  const items = ready ? (hints.data ?? []) : [];

  return (
    <Paper p="md" component="section" aria-labelledby="case-hints-title" aria-live="polite">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <IconCopy size={17} aria-hidden />
          <Title order={2} fz="sm" id="case-hints-title">
            {t('cases.hints.title')}
          </Title>
        </Group>
        {ready && hints.isFetching && <Loader size="xs" />}
      </Group>
      {!ready && (
        <Text size="sm" c="dimmed">
          {agencyId ? t('cases.hints.typeMore') : t('cases.hints.pickAgency')}
        </Text>
      )}
      {ready && !hints.isPending && items.length === 0 && !hints.isError && (
        <Text size="sm" c="dimmed">
          {t('cases.hints.none')}
        </Text>
      )}
      {hints.isError && (
        <Text size="sm" c="red.7">
          {t('cases.hints.failed')}
        </Text>
      )}
      {items.length > 0 && (
        <Stack gap="xs">
          <Text size="sm">{t('cases.hints.found', { count: items.length })}</Text>
          {items.map((h) => (
            <Paper key={h.caseId} p="xs" bg="orange.0" withBorder data-hint={h.caseId}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600}>
                  {h.registerNumber}
                </Text>
                <Badge size="xs" variant="light" color={h.reason === 'reporter' ? 'grape' : 'orange'} tt="none">
                  {t(`cases.hints.reason.${h.reason}`)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {shortDate(h.receivedOn, lang)} · {h.stageName}
              </Text>
              <Text size="sm" lineClamp={3} mt={2}>
                {h.summary}
              </Text>
              <Checkbox
                mt={6}
                size="xs"
                label={t('cases.hints.linkAfterSave')}
                checked={linkIds.includes(h.caseId)}
                onChange={(e) => onToggleLink(h.caseId, e.currentTarget.checked)}
              />
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
