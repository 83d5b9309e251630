import { Alert, Grid, Skeleton, Stack, Tabs } from '@mantine/core';
import { IconBuilding, IconHistory, IconLock, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Permission } from '../../../../shared/permissions';
import { useSettings } from '../../api/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { AuditPanel } from '../audit/AuditPanel';
import { useCan } from '../../app/session';
import { UsersPanel } from '../users/UsersPanel';
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

export type SettingsTab = 'profile' | 'users' | 'audit';
const TABS: Record<SettingsTab, { path: string; needs: Permission; icon: typeof IconUsers }> = {
  profile: { path: '/pengaturan', needs: 'settings.write', icon: IconBuilding },
  users: { path: '/pengaturan/pengguna', needs: 'users.manage', icon: IconUsers },
  audit: { path: '/pengaturan/audit', needs: 'audit.read', icon: IconHistory },
};

function OfficeProfile() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <>
      {settings.isPending && <SettingsSkeleton />}
      {settings.isError && (
        <ErrorAlert error={settings.error} title={t('errors.loadFailed')} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />
      )}
      {settings.isSuccess && <SettingsForm settings={settings.data} />}
    </>
  );
}

/** Shown instead of a tab the user's role does not include (the core refuses its calls anyway). */
function NotAllowed() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconLock size={20} />} title={t('auth.notAllowedTitle')} role="alert">
      {t('auth.notAllowed')}
    </Alert>
  );
}

/** Pengaturan: the office profile and letterhead, users, and the audit trail (administrators). */
export function SettingsPage({ tab }: { tab: SettingsTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const allowed = {
    profile: useCan(TABS.profile.needs),
    users: useCan(TABS.users.needs),
    audit: useCan(TABS.audit.needs),
  };
  const shown = (Object.keys(TABS) as SettingsTab[]).filter((k) => allowed[k]);
  const lead = { profile: t('settings.lead'), users: t('users.lead'), audit: t('audit.lead') }[tab];

  return (
    <>
      <PageHeader title={t('settings.title')} lead={allowed[tab] ? lead : undefined} />
      {!allowed[tab] && <NotAllowed />}
      {allowed[tab] && (
        <Tabs value={tab} onChange={(value) => value && void navigate(TABS[value as SettingsTab].path)} keepMounted={false}>
          <Tabs.List mb="lg">
            {shown.map((k) => {
              const TabIcon = TABS[k].icon;
              return (
                <Tabs.Tab key={k} value={k} leftSection={<TabIcon size={16} />}>
                  {t(`settingsTabs.${k}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          <Tabs.Panel value="profile">
            <OfficeProfile />
          </Tabs.Panel>
          <Tabs.Panel value="users">
            <UsersPanel />
          </Tabs.Panel>
          <Tabs.Panel value="audit">
            <AuditPanel />
          </Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}
