import { Alert, Paper, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconLock, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReporterValues } from './caseFormValues';

export interface ReporterFormValues extends Record<string, unknown> {
  reporter: ReporterValues;
  confidential: boolean;
}
type Form = UseFormReturnType<ReporterFormValues>;
export const asReporterForm = <V extends ReporterFormValues>(form: UseFormReturnType<V>): Form => form as unknown as Form;

/** The secrecy switch, explained in the words a clerk would use with the reporter. */
function ConfidentialSwitch({ form, locked }: { form: Form; locked?: boolean }) {
  const { t } = useTranslation();
  const on = form.values.confidential;
  return (
    <Paper p="sm" bg={on ? 'grape.0' : 'gray.0'} withBorder>
      <Switch
        color="grape"
        size="md"
        label={
          <Text fw={600} size="sm">
            {t('cases.reporter.confidentialSwitch')}
          </Text>
        }
        description={t('cases.reporter.confidentialExplain')}
        thumbIcon={on ? <IconLock size={11} color="var(--mantine-color-grape-7)" /> : undefined}
        disabled={locked}
        {...form.getInputProps('confidential', { type: 'checkbox' })}
      />
    </Paper>
  );
}

/** The reporter block of the intake (and of "Ubah identitas pelapor"). */
export function ReporterFields({ form, locked }: { form: Form; locked?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <ConfidentialSwitch form={form} locked={locked} />
      {form.values.confidential && (
        <Alert color="grape" variant="light" icon={<IconShieldLock size={18} />} p="xs">
          <Text size="sm">{t('cases.reporter.confidentialReminder')}</Text>
        </Alert>
      )}
      <TextInput label={t('cases.reporter.name')} withAsterisk autoComplete="off" {...form.getInputProps('reporter.name')} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('cases.reporter.phone')} type="tel" autoComplete="off" {...form.getInputProps('reporter.phone')} />
        <TextInput label={t('cases.reporter.email')} type="email" autoComplete="off" {...form.getInputProps('reporter.email')} />
      </SimpleGrid>
      <Textarea label={t('cases.reporter.address')} autosize minRows={1} maxRows={3} {...form.getInputProps('reporter.address')} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('cases.reporter.idNumber')} description={t('cases.reporter.idNumberHelp')} inputWrapperOrder={['label', 'input', 'description', 'error']} autoComplete="off" {...form.getInputProps('reporter.idNumber')} />
        <TextInput label={t('cases.reporter.representing')} description={t('cases.reporter.representingHelp')} inputWrapperOrder={['label', 'input', 'description', 'error']} {...form.getInputProps('reporter.representing')} />
      </SimpleGrid>
    </Stack>
  );
}
