import { Button, Grid, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconPlus, IconRoute, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSystemStatus } from '../../api/system';
import { PageHeader } from '../../components/PageHeader';
import { AgencySummaryCard } from './AgencySummaryCard';

/** Beranda: where the office stands, and the way into each area. */
export function HomePage() {
  const { t } = useTranslation();
  const status = useSystemStatus().data;

  return (
    <>
      <PageHeader title={t('home.title')} lead={status?.officeName ? `${t('home.welcome')} · ${status.officeName}` : t('home.welcome')} />
      <Grid gap="lg" align="stretch">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <AgencySummaryCard />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Paper p="lg" component="section">
              <Title order={2} fz="md" mb="md" id="home-shortcuts">
                {t('home.shortcuts')}
              </Title>
              <Stack gap="xs">
                <Button component={Link} to="/instansi/daftar?baru=1" leftSection={<IconPlus size={16} />} justify="flex-start" variant="light">
                  {t('home.addAgency')}
                </Button>
                <Button component={Link} to="/instansi/daftar" leftSection={<IconArrowRight size={16} />} justify="flex-start" variant="default">
                  {t('home.openRegister')}
                </Button>
                <Button component={Link} to="/pengaturan" leftSection={<IconSettings size={16} />} justify="flex-start" variant="default">
                  {t('home.openSettings')}
                </Button>
              </Stack>
            </Paper>
            <Paper p="lg" component="section">
              <Group gap="sm" mb="xs" wrap="nowrap">
                <ThemeIcon variant="light" color="gray" radius="md" aria-hidden>
                  <IconRoute size={18} />
                </ThemeIcon>
                <Title order={2} fz="md" id="home-next">
                  {t('home.nextTitle')}
                </Title>
              </Group>
              <Text size="sm" c="dimmed">
                {t('home.nextText')}
              </Text>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
