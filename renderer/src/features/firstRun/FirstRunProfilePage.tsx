import { Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSettings } from '../../api/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SettingsForm } from '../settings/SettingsForm';
import { SettingsSkeleton } from '../settings/SettingsPage';
import { FirstRunLayout } from './FirstRunLayout';

/** "Mulai kosong": the office profile; saving it ends first run and opens the app. */
export function FirstRunProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useSettings();

  return (
    <FirstRunLayout>
      <Container size={1320}>
        <Stack gap={4} mb="lg">
          <Anchor component={Link} to="/" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} />
              {t('firstRun.backToWelcome')}
            </Group>
          </Anchor>
          <Title order={1} fz={26}>
            {t('firstRun.profileTitle')}
          </Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t('firstRun.profileLead')}
          </Text>
        </Stack>
        {settings.isPending && <SettingsSkeleton />}
        {settings.isError && <ErrorAlert error={settings.error} title={t('errors.loadFailed')} onRetry={() => void settings.refetch()} />}
        {settings.isSuccess && (
          <SettingsForm
            settings={settings.data}
            onSaved={() => void navigate('/')}
            secondaryAction={
              <Button variant="default" component={Link} to="/">
                {t('common.back')}
              </Button>
            }
          />
        )}
      </Container>
    </FirstRunLayout>
  );
}
