import { AppShell, Burger, Divider, Group, NavLink, ScrollArea, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTopologyStar3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSystemStatus } from '../api/system';
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
            {status && (
              <Text size="sm" c="dimmed" visibleFrom="md">
                {t('app.operator', { name: status.actor.name })}
              </Text>
            )}
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label={t('app.mainNav')}>
        <AppShell.Section grow component={ScrollArea}>
          {NAV_AREAS.map((area) => (
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
          <Text size="xs" c="dimmed" px="sm" pt="sm">
            {t('app.institution')}
            {status && (
              <>
                <br />
                {t('app.version', { version: status.appVersion })}
              </>
            )}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
