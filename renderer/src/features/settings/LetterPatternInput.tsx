import { Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { romanMonth, todayIso } from '../../../../shared/dates';
import { checkLetterPattern, formatLetterNumber } from '../../../../shared/letterNumber';
import { msg } from '../../../../shared/messages';
import { useLang } from '../../app/i18n';
import classes from './LetterPatternInput.module.css';

interface Props {
  inputProps: GetInputPropsReturnType;
  /** Another numbered series using the same placeholders (e.g. the complaint register). */
  label?: string;
}

/** The letter-number pattern with its placeholders explained and the next number previewed live. */
export function LetterPatternInput({ inputProps, label }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const pattern = typeof inputProps.value === 'string' ? inputProps.value : '';
  const problem = checkLetterPattern(pattern);
  const today = todayIso();
  const { code: _code, ...params } = problem ?? { code: '' };
  const liveError = problem ? msg(problem.code, params as Record<string, string>, lang) : undefined;

  const rows: Array<[string, string, string]> = [
    ['{nomor}', t('settings.placeholderNumber'), '179'],
    ['{nomor:N}', t('settings.placeholderNumberPadded'), '{nomor:4} → 0179'],
    ['{bulan}', t('settings.placeholderMonth'), today.slice(5, 7)],
    ['{bulan_romawi}', t('settings.placeholderMonthRoman'), romanMonth(Number(today.slice(5, 7)))],
    ['{tahun}', t('settings.placeholderYear'), today.slice(0, 4)],
  ];

  return (
    <Stack gap="xs">
      <TextInput
        {...inputProps}
        label={label ?? t('settings.letterPattern')}
        withAsterisk
        spellCheck={false}
        classNames={{ input: classes.mono }}
        error={inputProps.error ?? liveError}
      />
      <Group gap="xs" aria-live="polite">
        <Text size="sm" c="dimmed">
          {t('settings.nextNumber')}:
        </Text>
        <Code fz="sm" c={problem ? 'dimmed' : undefined}>
          {problem ? '—' : formatLetterNumber(pattern, 1, today)}
        </Code>
      </Group>
      <Text size="xs" c="dimmed">
        {t('settings.letterPatternHelp')}
      </Text>
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="xs">
        <Table.Tbody>
          {rows.map(([token, text, sample]) => (
            <Table.Tr key={token}>
              <Table.Td w={120}>
                <Code>{token}</Code>
              </Table.Td>
              <Table.Td c="dimmed">{text}</Table.Td>
              <Table.Td c="dimmed" ff="monospace">
                {sample}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
