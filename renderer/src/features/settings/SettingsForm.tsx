import { Button, Grid, Group, Input, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { officeSettingsInput } from '../../../../shared/contract/settings';
import { formatDateId, todayIso } from '../../../../shared/dates';
import type { OfficeSettingsDto } from '../../../../shared/dto';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/ApiError';
import { fetchSettingsFresh, useUpdateSettings } from '../../api/settings';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import { LetterheadPreview } from './LetterheadPreview';
import { LetterPatternInput } from './LetterPatternInput';
import { LogoInput } from './LogoInput';
import { IdleLockSection } from '../auth/IdleLockSection';
import { UpdateFeedSection } from '../updates/UpdateFeedSection';
import classes from './SettingsForm.module.css';
import { SETTINGS_FIELDS, toSettingsFormValues, toSettingsInput, type SettingsFormValues } from './settingsFormValues';

interface Props {
  /** The loaded profile; null on first run. */
  settings: OfficeSettingsDto | null;
  onSaved?: (saved: OfficeSettingsDto) => void;
  /** Extra buttons left of "Simpan" (first run: back to the start options). */
  secondaryAction?: ReactNode;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper p="lg" component="section">
      <Title order={2} fz="md" mb="md">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** The office profile form beside a to-scale preview of the letterhead it produces. */
export function SettingsForm({ settings, onSaved, secondaryAction }: Props) {
  const { t } = useTranslation();
  const paperLabelId = useId();
  const [loadedAt, setLoadedAt] = useState<string | null>(settings?.updatedAt ?? null);
  const { form, server, focusFirstError } = useSchemaForm<SettingsFormValues>(officeSettingsInput, toSettingsFormValues(settings));
  const update = useUpdateSettings();

  // mutateAsync: the outcome is handled even if saving ends first run and swaps the page.
  const save = async (values: SettingsFormValues) => {
    server.clearAll();
    try {
      const saved = await update.mutateAsync(toSettingsInput(values, loadedAt));
      setLoadedAt(saved.updatedAt);
      const next = toSettingsFormValues(saved);
      form.setValues(next);
      form.resetDirty(next);
      notifySuccess(t('settings.saved'), t('settings.savedText'));
      onSaved?.(saved);
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error) && error.hasFieldErrors) focusFirstError(SETTINGS_FIELDS, error.fields);
      else window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };
  const submit = form.onSubmit(save, (errors) => focusFirstError(SETTINGS_FIELDS, errors));

  const client = useQueryClient();
  const [reloading, setReloading] = useState(false);
  const reloadLatest = async () => {
    setReloading(true);
    try {
      const fresh = await fetchSettingsFresh(client);
      const next = toSettingsFormValues(fresh);
      form.setValues(next);
      form.resetDirty(next);
      setLoadedAt(fresh?.updatedAt ?? null);
      server.clearAll();
      update.reset();
    } finally {
      setReloading(false);
    }
  };
  const conflict = isApiError(update.error) && update.error.code === 'CONFLICT' && !update.error.hasFieldErrors;

  const reset = () => {
    form.reset();
    server.clearAll();
    update.reset();
  };

  const v = form.values;
  return (
    <form onSubmit={submit} noValidate>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            {update.isError && formAlertNeeded(update.error, SETTINGS_FIELDS) && (
              <ErrorAlert
                error={update.error}
                title={t('errors.saveFailed')}
                extraFields={server.unplaced(SETTINGS_FIELDS)}
                action={
                  conflict && (
                    <Button size="xs" color="red" onClick={() => void reloadLatest()} loading={reloading}>
                      {t('common.reloadLatest')}
                    </Button>
                  )
                }
              />
            )}
            <Section title={t('settings.sectionOffice')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('settings.officeCode')}
                  description={t('settings.officeCodeHelp')}
                  withAsterisk
                  maxLength={12}
                  {...form.getInputProps('officeCode')}
                  onChange={(e) => form.setFieldValue('officeCode', e.currentTarget.value.toUpperCase())}
                />
                <TextInput label={t('settings.province')} withAsterisk {...form.getInputProps('province')} />
              </SimpleGrid>
              <TextInput label={t('settings.officeName')} placeholder={t('settings.officeNamePlaceholder')} withAsterisk {...form.getInputProps('officeName')} />
              <TextInput label={t('settings.city')} description={t('settings.cityHelp', { date: formatDateId(todayIso()) })} withAsterisk {...form.getInputProps('city')} />
            </Section>

            <Section title={t('settings.sectionContact')}>
              <Textarea label={t('settings.address')} autosize minRows={2} maxRows={4} {...form.getInputProps('address')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput label={t('settings.phone')} type="tel" {...form.getInputProps('phone')} />
                <TextInput label={t('settings.email')} type="email" {...form.getInputProps('email')} />
              </SimpleGrid>
              <TextInput label={t('settings.website')} placeholder="https://ombudsman.go.id" {...form.getInputProps('website')} />
            </Section>

            <Section title={t('settings.sectionHead')}>
              <TextInput label={t('settings.headName')} withAsterisk {...form.getInputProps('headName')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput label={t('settings.headPosition')} placeholder={t('settings.headPositionPlaceholder')} withAsterisk {...form.getInputProps('headPosition')} />
                <TextInput label={t('settings.headNip')} description={t('settings.nipHelp')} inputMode="numeric" {...form.getInputProps('headNip')} />
              </SimpleGrid>
            </Section>

            <Section title={t('settings.sectionLetters')}>
              <LogoInput
                value={v.logoDataUrl}
                onChange={(value) => {
                  form.setFieldValue('logoDataUrl', value);
                  form.clearFieldError('logoDataUrl');
                }}
                error={form.getInputProps('logoDataUrl').error}
                onError={(message) => form.setFieldError('logoDataUrl', message)}
              />
              <Input.Wrapper label={t('settings.paperSize')} labelElement="div" labelProps={{ id: paperLabelId }} error={form.getInputProps('paperSize').error}>
                <div>
                  <SegmentedControl
                    mt={4}
                    aria-labelledby={paperLabelId}
                    data={[
                      { value: 'A4', label: t('settings.paperA4') },
                      { value: 'F4', label: t('settings.paperF4') },
                    ]}
                    value={v.paperSize}
                    onChange={(value) => form.setFieldValue('paperSize', value === 'F4' ? 'F4' : 'A4')}
                  />
                </div>
              </Input.Wrapper>
              <LetterPatternInput inputProps={form.getInputProps('letterNumberPattern')} />
            </Section>

            <Section title={t('focalSettings.section')}>
              <NumberInput
                label={t('focalSettings.staleAfterMonths')}
                description={t('focalSettings.staleAfterMonthsHelp')}
                min={1}
                max={36}
                step={1}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                w={{ base: '100%', sm: 440 }}
                {...form.getInputProps('staleAfterMonths')}
                // An emptied field is "not a number" for the schema, not a silent 0.
                onChange={(value) => form.setFieldValue('staleAfterMonths', typeof value === 'number' ? value : Number.NaN)}
                value={Number.isNaN(v.staleAfterMonths) ? '' : v.staleAfterMonths}
              />
            </Section>

            <IdleLockSection form={form} />

            <UpdateFeedSection form={form} />

            <Paper p="md" className={classes.actions}>
              <Group justify="flex-end" gap="sm">
                {secondaryAction}
                {!secondaryAction && (
                  <Button variant="default" onClick={reset} disabled={!form.isDirty() || update.isPending}>
                    {t('common.cancel')}
                  </Button>
                )}
                <Button type="submit" loading={update.isPending} leftSection={<IconDeviceFloppy size={18} />}>
                  {t('common.save')}
                </Button>
              </Group>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }} className={classes.previewCol}>
          <LetterheadPreview values={v} />
        </Grid.Col>
      </Grid>
    </form>
  );
}
