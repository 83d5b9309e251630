import { Paper, Stack, Switch, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UPDATE_FEED_URL_MAX } from '../../../../shared/updateFeed';

interface Values extends Record<string, unknown> {
  updatesEnabled: boolean;
  updateFeedUrl: string;
}

/** Pengaturan > Pembaruan aplikasi: the admin's switch and head office's feed address. */
export function UpdateFeedSection<T extends Values>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  const enabled = form.getInputProps('updatesEnabled', { type: 'checkbox' });
  return (
    <Paper p="lg" component="section">
      <Title order={2} fz="md" mb="md">
        {t('updates.section')}
      </Title>
      <Stack gap="sm">
        <Switch label={t('updates.enabled')} description={t('updates.enabledHelp')} {...enabled} />
        <TextInput
          label={t('updates.feedUrl')}
          description={t('updates.feedUrlHelp')}
          placeholder="https://pembaruan.ombudsman.go.id/simpul/"
          inputMode="url"
          maxLength={UPDATE_FEED_URL_MAX}
          {...form.getInputProps('updateFeedUrl')}
        />
      </Stack>
    </Paper>
  );
}
