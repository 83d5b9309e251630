import { NumberInput, Paper, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

interface Values extends Record<string, unknown> {
  idleLockMinutes: number;
}

/** Pengaturan > Keamanan: minutes without use before the screen locks (every window). */
export function IdleLockSection<T extends Values>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  const value = form.getValues().idleLockMinutes;
  return (
    <Paper p="lg" component="section">
      <Title order={2} fz="md" mb="md">
        {t('security.section')}
      </Title>
      <NumberInput
        label={t('security.idleLockMinutes')}
        description={t('security.idleLockMinutesHelp')}
        min={1}
        max={240}
        step={1}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        w={{ base: '100%', sm: 440 }}
        {...form.getInputProps('idleLockMinutes')}
        // An emptied field is "not a number" for the schema, not a silent 0.
        onChange={(v) => form.setFieldValue('idleLockMinutes', (typeof v === 'number' ? v : Number.NaN) as never)}
        value={Number.isNaN(value) ? '' : value}
      />
    </Paper>
  );
}
