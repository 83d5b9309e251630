import { Center, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { useSystemStatus } from '../api/system';
import { ComingSoonPage } from '../components/ComingSoonPage';
import { ErrorAlert } from '../components/ErrorAlert';
import { FullPageLoader } from '../components/FullPageLoader';
import { AgencyDetailPage } from '../features/agencies/AgencyDetailPage';
import { AgencyListPage } from '../features/agencies/AgencyListPage';
import { FirstRunProfilePage } from '../features/firstRun/FirstRunProfilePage';
import { WelcomePage } from '../features/firstRun/WelcomePage';
import { HomePage } from '../features/home/HomePage';
import { ImportPage } from '../features/import/ImportPage';
import { MouPage } from '../features/mou/MouPage';
import { PersonDetailPage } from '../features/persons/PersonDetailPage';
import { RosterPage } from '../features/roster/RosterPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AppLayout } from './AppLayout';
import { NAV_AREAS, type ComingSoonArea } from './navigation';

/**
 * Until the office profile exists (or demo data is loaded) only the welcome pages are
 * reachable; afterwards the shell with every area.
 */
export function AppRoutes() {
  const { t } = useTranslation();
  const status = useSystemStatus();

  if (status.isPending) return <FullPageLoader />;
  if (status.isError) {
    return (
      <Center mih="100vh" p="lg">
        <Container size={560} w="100%">
          <ErrorAlert error={status.error} title={t('errors.loadFailed')} onRetry={() => void status.refetch()} retrying={status.isFetching} />
        </Container>
      </Center>
    );
  }

  if (status.data.firstRun) {
    return (
      <Routes>
        <Route index element={<WelcomePage />} />
        <Route path="mulai/profil" element={<FirstRunProfilePage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    );
  }

  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="instansi" element={<RosterPage />} />
        <Route path="instansi/daftar" element={<AgencyListPage />} />
        <Route path="instansi/impor" element={<ImportPage />} />
        <Route path="instansi/:id" element={<AgencyDetailPage />} />
        <Route path="narahubung/orang/:id" element={<PersonDetailPage />} />
        <Route path="pengaturan" element={<SettingsPage />} />
        <Route path="mou" element={<MouPage tab="mous" />} />
        <Route path="mou/pendampingan" element={<MouPage tab="assistance" />} />
        {NAV_AREAS.filter((a) => a.comingSoon).map((a) => (
          <Route key={a.key} path={a.path.slice(1)} element={<ComingSoonPage area={a.key as ComingSoonArea} />} />
        ))}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
