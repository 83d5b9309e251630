import { Button, Grid, Paper, Stack, Title } from '@mantine/core';
import { IconArrowRight, IconMessagePlus, IconPlus, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseDashboard } from '../../api/cases';
import { useSystemStatus } from '../../api/system';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { CaseFigures } from '../cases/dashboard/CaseFigures';
import { DueSoonCard } from '../cases/dashboard/DueSoonCard';
import { OpenByStageCard } from '../cases/dashboard/OpenByStageCard';
import { OverdueByAgencyCard } from '../cases/dashboard/OverdueByAgencyCard';
import { useCasePermissions } from '../cases/useCasePermissions';
import { AgencySummaryCard } from './AgencySummaryCard';

/** Beranda: what is overdue and whom to call first, then where the office stands, and the way into each area. */
export function HomePage() {
  const { t } = useTranslation();
  const status = useSystemStatus().data;
  const dashboard = useCaseDashboard();
  const can = useCasePermissions();
  const d = dashboard.data;

  return (
    <>
      <PageHeader title={t('home.title')} lead={status?.officeName ? `${t('home.welcome')} · ${status.officeName}` : t('home.welcome')} />
      <Stack gap="lg">
        {dashboard.isError && <ErrorAlert error={dashboard.error} title={t('errors.loadFailed')} onRetry={() => void dashboard.refetch()} retrying={dashboard.isFetching} />}
        <CaseFigures d={d} />
        <Grid gap="lg" align="stretch">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              <OverdueByAgencyCard d={d} />
              <OpenByStageCard d={d} />
              <AgencySummaryCard />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="lg">
              <DueSoonCard />
              <Paper p="lg" component="section">
                <Title order={2} fz="md" mb="md" id="home-shortcuts">
                  {t('home.shortcuts')}
                </Title>
                <Stack gap="xs">
                  {can.canWrite && (
                    <Button component={Link} to="/laporan/baru" leftSection={<IconMessagePlus size={16} />} justify="flex-start" variant="light">
                      {t('cases.intake.add')}
                    </Button>
                  )}
                  {can.canWrite && (
                    <Button component={Link} to="/instansi/daftar?baru=1" leftSection={<IconPlus size={16} />} justify="flex-start" variant="default">
                      {t('home.addAgency')}
                    </Button>
                  )}
                  <Button component={Link} to="/instansi/daftar" leftSection={<IconArrowRight size={16} />} justify="flex-start" variant="default">
                    {t('home.openRegister')}
                  </Button>
                  <Button component={Link} to="/pengaturan" leftSection={<IconSettings size={16} />} justify="flex-start" variant="default">
                    {t('home.openSettings')}
                  </Button>
                </Stack>
              </Paper>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
