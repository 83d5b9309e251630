import { Tabs } from '@mantine/core';
import { IconAddressBook, IconBuildingCommunity } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';

export type AgencyAreaTab = 'roster' | 'register';
export const AGENCY_AREA_PATHS: Record<AgencyAreaTab, string> = { roster: '/instansi', register: '/instansi/daftar' };

interface Props {
  tab: AgencyAreaTab;
  lead: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * "Instansi & Narahubung": the focal-point roster (default) and the agency register as two
 * tabs, each its own address so filters and the back button keep working.
 */
export function AgencyArea({ tab, lead, actions, children }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('agencies.title')} lead={lead} actions={actions} />
      <Tabs value={tab} onChange={(value) => value && void navigate(AGENCY_AREA_PATHS[value as AgencyAreaTab])} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="roster" leftSection={<IconAddressBook size={16} />}>
            {t('roster.tabRoster')}
          </Tabs.Tab>
          <Tabs.Tab value="register" leftSection={<IconBuildingCommunity size={16} />}>
            {t('roster.tabRegister')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value={tab}>{children}</Tabs.Panel>
      </Tabs>
    </>
  );
}
