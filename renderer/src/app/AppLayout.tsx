import { AppShell, Burger, Divider, Group, NavLink, ScrollArea, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTopologyStar3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSystemStatus } from '../api/system';
import { UpdateStatusLine } from '../features/updates/UpdateStatusLine';
import { useSession } from './session';
import { UserMenu } from '../features/auth/UserMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { NAV_AREAS, type NavArea } from './navigation';
import classes from './AppLayout.module.css';

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

const areaActive = (pathname: string, area: NavArea): boolean => [area.path, ...(area.also ?? [])].some((p) => isActive(pathname, p));

/** The shell: header with the office, menu of all areas, the page in the main area. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const status = useSystemStatus().data;
  const session = useSession();
  // Areas the user's role cannot use are not offered (dispatch refuses them anyway).
  const areas = NAV_AREAS.filter((a) => !a.anyOf || a.anyOf.some((p) => session.permissions.includes(p)));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 256, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
      classNames={{ main: classes.main, navbar: classes.navbar, header: classes.header }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.toggleNav')} />
            <ThemeIcon size={32} radius="md" variant="filled" aria-hidden>
              <IconTopologyStar3 size={20} />
            </ThemeIcon>
            <Text fw={700} fz="lg" className={classes.brand}>
              {t('app.name')}
            </Text>
            <Divider orientation="vertical" my={14} visibleFrom="xs" />
            <Text size="sm" c="dimmed" truncate="end" visibleFrom="xs">
              {status?.officeName ?? t('app.officeMissing')}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label={t('app.mainNav')}>
        <AppShell.Section grow component={ScrollArea}>
          {areas.map((area) => (
            <NavLink
              key={area.key}
              component={Link}
              to={area.path}
              label={t(`nav.${area.key}`)}
              leftSection={<area.icon size={19} stroke={1.6} />}
              active={areaActive(pathname, area)}
              aria-current={areaActive(pathname, area) ? 'page' : undefined}
              onClick={close}
              className={classes.navLink}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          {status ? (
            <UpdateStatusLine version={status.appVersion} />
          ) : (
            <Text size="xs" c="dimmed" px="sm" pt="sm">
              {t('app.institution')}
            </Text>
          )}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
