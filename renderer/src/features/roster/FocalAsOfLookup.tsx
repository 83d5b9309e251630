import { Anchor, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isIsoDate, todayIso } from '../../../../shared/dates';
import { useFocalAsOf } from '../../api/roster';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { longDate } from './focalDates';
import { personPath } from './RosterTable';

/** "Narahubung pada tanggal …": who served the agency on a given day (e.g. when a letter went out). */
export function FocalAsOfLookup({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [date, setDate] = useState('');
  const valid = isIsoDate(date) ? date : null;
  const asOf = useFocalAsOf(agencyId, valid);
  const r = asOf.data;

  return (
    <Paper p="sm" radius="md" bg="gray.0" withBorder>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <TextInput
          type="date"
          label={t('focal.asOfLabel')}
          leftSection={<IconCalendarSearch size={16} />}
          value={date}
          max={todayIso()}
          onChange={(e) => setDate(e.currentTarget.value)}
          w={210}
          flex="none"
        />
        <Stack gap={2} pt={24} miw={0} aria-live="polite">
          {!valid && (
            <Text size="sm" c="dimmed">
              {t('focal.asOfHint')}
            </Text>
          )}
          {valid && asOf.isFetching && !r && <Loader size="xs" />}
          {valid && asOf.isError && <ErrorAlert error={asOf.error} title={t('errors.loadFailed')} />}
          {valid && r && (
            <>
              <Text size="sm">
                {r.primary ? (
                  <>
                    {t('focal.asOfPrimary', { date: longDate(r.date, lang) })}{' '}
                    <Anchor component={Link} to={personPath(r.primary.person.id)} fw={600} size="sm">
                      {r.primary.person.name}
                    </Anchor>
                    {r.primary.person.position && <Text span size="sm" c="dimmed">{` · ${r.primary.person.position}`}</Text>}
                  </>
                ) : (
                  t('focal.asOfNone', { date: longDate(r.date, lang) })
                )}
              </Text>
              {r.backups.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t('focal.asOfBackups', { names: r.backups.map((b) => b.person.name).join(', ') })}
                </Text>
              )}
            </>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
