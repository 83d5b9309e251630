import { Button, Paper, PasswordInput, Portal, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDto } from '../../../../shared/dto';
import { useLogout, useUnlock } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import classes from './LockScreen.module.css';

/**
 * Covers the whole window while the session is locked. The app stays mounted underneath so
 * unsaved work survives, but everything else in the page (menus, open dialogs) is made inert:
 * not visible, not focusable, not read by a screen reader.
 */
export function LockScreen({ session }: { session: SessionDto }) {
  return (
    // Its own node (not the portal node shared by dialogs), so everything else can be made inert.
    <Portal reuseTargetNode={false}>
      <LockOverlay session={session} />
    </Portal>
  );
}

function LockOverlay({ session }: { session: SessionDto }) {
  const { t } = useTranslation();
  const unlock = useUnlock();
  const logout = useLogout();
  const [password, setPassword] = useState('');
  const overlay = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const own = overlay.current?.closest('body > *');
    const others = [...document.body.children].filter((el) => el !== own && !el.hasAttribute('inert'));
    for (const el of others) el.setAttribute('inert', '');
    return () => {
      for (const el of others) el.removeAttribute('inert');
    };
  }, []);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await unlock.mutateAsync(password);
    } catch {
      setPassword('');
    }
  };

  return (
    <div ref={overlay} className={classes.overlay} role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <Paper p="xl" withBorder w={420} maw="100%">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <Stack gap="xs" align="center" ta="center">
              <ThemeIcon size={48} radius="md" variant="light" aria-hidden>
                <IconLock size={26} />
              </ThemeIcon>
              <Title order={1} fz={24} id="lock-title">
                {t('auth.lockedTitle')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('auth.lockedLead', { name: `${session.user.fullName} (${session.user.username})` })}
              </Text>
            </Stack>
            {unlock.isError && <ErrorAlert error={unlock.error} title={t('auth.unlockFailed')} />}
            <PasswordInput label={t('auth.password')} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoFocus />
            <Button type="submit" loading={unlock.isPending} disabled={password === ''} fullWidth>
              {t('auth.unlock')}
            </Button>
            <Button variant="subtle" onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('auth.switchUser')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </div>
  );
}
