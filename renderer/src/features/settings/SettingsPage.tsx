import { Grid, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../api/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { SettingsForm } from './SettingsForm';

export function SettingsSkeleton() {
  return (
    <Grid gap="lg" aria-busy="true">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="md">
          <Skeleton h={220} radius="md" />
          <Skeleton h={200} radius="md" />
          <Skeleton h={160} radius="md" />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Skeleton h={560} radius="md" />
      </Grid.Col>
    </Grid>
  );
}

/** Pengaturan: the office profile and letterhead. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();

  return (
    <>
      <PageHeader title={t('settings.title')} lead={t('settings.lead')} />
      {settings.isPending && <SettingsSkeleton />}
      {settings.isError && (
        <ErrorAlert error={settings.error} title={t('errors.loadFailed')} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />
      )}
      {settings.isSuccess && <SettingsForm settings={settings.data} />}
    </>
  );
}
