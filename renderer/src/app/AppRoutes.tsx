import { Navigate, Route, Routes } from 'react-router';
import { useSystemStatus } from '../api/system';
import { ComingSoonPage } from '../components/ComingSoonPage';
import { FullPageError } from '../components/FullPageError';
import { FullPageLoader } from '../components/FullPageLoader';
import { AboutPage } from '../features/about/AboutPage';
import { ActionPlanDetailPage } from '../features/actionPlans/ActionPlanDetailPage';
import { ActionPlanListPage } from '../features/actionPlans/ActionPlanListPage';
import { AgencyDetailPage } from '../features/agencies/AgencyDetailPage';
import { AgencyListPage } from '../features/agencies/AgencyListPage';
import { AuthGate } from '../features/auth/AuthGate';
import { CaseDetailPage } from '../features/cases/detail/CaseDetailPage';
import { CaseIntakePage } from '../features/cases/form/CaseIntakePage';
import { CaseListPage } from '../features/cases/list/CaseListPage';
import { CaseSetupPage } from '../features/cases/setup/CaseSetupPage';
import { EventDetailPage } from '../features/events/EventDetailPage';
import { EventListPage } from '../features/events/EventListPage';
import { FirstRunProfilePage } from '../features/firstRun/FirstRunProfilePage';
import { WelcomePage } from '../features/firstRun/WelcomePage';
import { HomePage } from '../features/home/HomePage';
import { ImportPage } from '../features/import/ImportPage';
import { MouPage } from '../features/mou/MouPage';
import { PersonDetailPage } from '../features/persons/PersonDetailPage';
import { RosterPage } from '../features/roster/RosterPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ArchivePage } from '../features/archive/ArchivePage';
import { AppLayout } from './AppLayout';
import { NAV_AREAS, type ComingSoonArea } from './navigation';

/** Nothing shows before this window is signed in (features/auth/AuthGate). */
export function AppRoutes() {
  return (
    <AuthGate>
      <SignedInRoutes />
    </AuthGate>
  );
}

/**
 * Until the office profile exists (or demo data is loaded) only the welcome pages are
 * reachable; afterwards the shell with every area.
 */
function SignedInRoutes() {
  const status = useSystemStatus();

  if (status.isPending) return <FullPageLoader />;
  if (status.isError) return <FullPageError error={status.error} onRetry={() => void status.refetch()} retrying={status.isFetching} />;


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
        <Route path="laporan" element={<CaseListPage />} />
        <Route path="laporan/baru" element={<CaseIntakePage />} />
        <Route path="laporan/pengaturan/:tab?" element={<CaseSetupPage />} />
        <Route path="laporan/:id" element={<CaseDetailPage />} />
        <Route path="instansi" element={<RosterPage />} />
        <Route path="instansi/daftar" element={<AgencyListPage />} />
        <Route path="instansi/impor" element={<ImportPage />} />
        <Route path="instansi/:id" element={<AgencyDetailPage />} />
        <Route path="narahubung/orang/:id" element={<PersonDetailPage />} />
        <Route path="kegiatan" element={<EventListPage />} />
        <Route path="kegiatan/:id" element={<EventDetailPage />} />
        <Route path="rencana-aksi" element={<ActionPlanListPage />} />
        <Route path="rencana-aksi/:id" element={<ActionPlanDetailPage />} />
        <Route path="pengaturan" element={<SettingsPage tab="profile" />} />
        <Route path="pengaturan/pengguna" element={<SettingsPage tab="users" />} />
        <Route path="pengaturan/audit" element={<SettingsPage tab="audit" />} />
        <Route path="tentang" element={<AboutPage />} />
        <Route path="mou" element={<MouPage tab="mous" />} />
        <Route path="mou/pendampingan" element={<MouPage tab="assistance" />} />
        <Route path="arsip" element={<ArchivePage tab="export" />} />
        <Route path="arsip/impor" element={<ArchivePage tab="import" />} />
        <Route path="arsip/kunci" element={<ArchivePage tab="keys" />} />
        <Route path="arsip/cadangan" element={<ArchivePage tab="backup" />} />
        {NAV_AREAS.filter((a) => a.comingSoon).map((a) => (
          <Route key={a.key} path={a.path.slice(1)} element={<ComingSoonPage area={a.key as ComingSoonArea} />} />
        ))}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
