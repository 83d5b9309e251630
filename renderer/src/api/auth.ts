import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput, LoginInput, SetupAdminInput } from '../../../shared/contract/auth';
import type { AuthStatusDto, SessionDto } from '../../../shared/dto';
import { call } from './call';
import { queryKeys } from './keys';

/** This window's sign-in state: first-run administrator needed, signed out, locked, or in. */
export function useAuthStatus() {
  return useQuery({
    queryKey: queryKeys.auth.status,
    queryFn: () => call((api) => api.auth.status()),
    staleTime: Infinity,
  });
}

const setSession = (client: QueryClient, session: SessionDto | null) =>
  client.setQueryData<AuthStatusDto>(queryKeys.auth.status, (prev) => ({ ...prev, setupRequired: false, session }));

/** A new user in this window: nothing cached for the previous one may show. */
async function startFresh(client: QueryClient, session: SessionDto | null): Promise<void> {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
  setSession(client, session);
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => call((api) => api.auth.login(input)),
    onSuccess: (session) => startFresh(client, session),
  });
}

export function useSetupAdmin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupAdminInput) => call((api) => api.auth.setupAdmin(input)),
    onSuccess: (session) => startFresh(client, session),
  });
}

export function useUnlock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => call((api) => api.auth.unlock({ password })),
    onSuccess: async (session) => {
      setSession(client, session);
      // Whatever failed while locked is asked again.
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => call((api) => api.auth.changePassword(input)),
    onSuccess: (session) => setSession(client, session),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call((api) => api.auth.logout()),
    onSettled: () => startFresh(client, null),
  });
}

/** Locks now (idle timer or "Kunci layar"), then shows the lock screen. */
export async function lockSession(client: QueryClient): Promise<void> {
  try {
    await call((api) => api.auth.lock());
  } finally {
    await client.invalidateQueries({ queryKey: queryKeys.auth.status });
  }
}

/** Tells the core this window's user is active (typing a long form, reading and scrolling). */
export async function keepSessionAlive(): Promise<void> {
  try {
    await call((api) => api.auth.keepAlive());
  } catch {
    // A locked or ended session is reported through sessionEvents; nothing else to do here.
  }
}
