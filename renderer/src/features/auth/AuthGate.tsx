import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { keepSessionAlive, lockSession, useAuthStatus } from '../../api/auth';
import { queryKeys } from '../../api/keys';
import { onSessionProblem } from '../../api/sessionEvents';
import { FullPageError } from '../../components/FullPageError';
import { FullPageLoader } from '../../components/FullPageLoader';
import { LockScreen } from './LockScreen';
import { LoginPage } from './LoginPage';
import { MustChangePasswordPage } from './MustChangePasswordPage';
import { SessionContext } from '../../app/session';
import { SetupAdminPage } from './SetupAdminPage';
import { useIdleLock } from './useIdleLock';

/**
 * Nothing of the app shows before this window is signed in: first the office administrator
 * (first start), then sign-in, a forced password change after an admin's reset, and the lock
 * screen over the still-mounted app. Any call that finds the session ended or locked makes
 * this gate look again.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const status = useAuthStatus();
  const session = status.data?.session ?? null;

  useEffect(() => onSessionProblem(() => void client.invalidateQueries({ queryKey: queryKeys.auth.status })), [client]);
  useIdleLock(session?.idleLockMinutes ?? 15, session !== null && !session.locked, () => void lockSession(client), () => void keepSessionAlive());

  if (status.isPending) return <FullPageLoader />;
  if (status.isError) return <FullPageError error={status.error} onRetry={() => void status.refetch()} retrying={status.isFetching} />;
  if (status.data.setupRequired) return <SetupAdminPage />;
  if (!session) return <LoginPage />;
  if (session.mustChangePassword) return <MustChangePasswordPage />;
  return (
    <SessionContext value={session}>
      {children}
      {session.locked && <LockScreen session={session} />}
    </SessionContext>
  );
}
