import { Anchor, Breadcrumbs, Tabs } from '@mantine/core';
import { IconCalendar, IconHash, IconHourglass, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useCasePermissions } from '../useCasePermissions';
import { useOfficeToday } from '../useOfficeToday';
import { CalendarPanel } from './CalendarPanel';
import { DeadlineRulesPanel } from './DeadlineRulesPanel';
import { MasterListsPanel } from './MasterListsPanel';
import { RegisterSettingsPanel } from './RegisterSettingsPanel';

const TABS = ['data-induk', 'tenggat', 'kalender', 'penomoran'] as const;
type SetupTab = (typeof TABS)[number];
const TAB_KEYS: Record<SetupTab, 'master' | 'rules' | 'calendar' | 'register'> = { 'data-induk': 'master', tenggat: 'rules', kalender: 'calendar', penomoran: 'register' };
export const caseSetupPath = (tab: SetupTab = 'data-induk') => `/laporan/pengaturan/${tab}`;

/** "Pengaturan laporan": master data, deadline rules, the working-day calendar, numbering and targets. */
export function CaseSetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab = 'data-induk' } = useParams();
  const can = useCasePermissions();
  const { today } = useOfficeToday();
  if (!(TABS as readonly string[]).includes(tab)) return <Navigate to={caseSetupPath()} replace />;
  const current = tab as SetupTab;

  return (
    <>
      <PageHeader
        above={
          <Breadcrumbs>
            <Anchor component={Link} to="/laporan" size="sm">
              {t('nav.cases')}
            </Anchor>
          </Breadcrumbs>
        }
        title={t('cases.setup.title')}
        lead={t('cases.setup.lead')}
      />
      <Tabs value={current} onChange={(v) => v && void navigate(caseSetupPath(v as SetupTab))} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="data-induk" leftSection={<IconListDetails size={16} />}>
            {t('cases.setup.tabs.master')}
          </Tabs.Tab>
          <Tabs.Tab value="tenggat" leftSection={<IconHourglass size={16} />}>
            {t('cases.setup.tabs.rules')}
          </Tabs.Tab>
          <Tabs.Tab value="kalender" leftSection={<IconCalendar size={16} />}>
            {t('cases.setup.tabs.calendar')}
          </Tabs.Tab>
          <Tabs.Tab value="penomoran" leftSection={<IconHash size={16} />}>
            {t('cases.setup.tabs.register')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value={current} aria-label={t(`cases.setup.tabs.${TAB_KEYS[current]}`)}>
          {current === 'data-induk' && <MasterListsPanel canEdit={can.canEditMaster} />}
          {current === 'tenggat' && <DeadlineRulesPanel canEdit={can.canEditMaster} />}
          {current === 'kalender' && <CalendarPanel canEdit={can.canEditMaster} initialYear={Number(today.slice(0, 4))} />}
          {current === 'penomoran' && <RegisterSettingsPanel canEdit={can.canEditSettings} canWrite={can.canWrite} today={today} />}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
