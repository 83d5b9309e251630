import { createContext, useContext } from 'react';
import type { SessionDto } from '../../../shared/dto';
import type { Permission } from '../../../shared/permissions';

/** The signed-in user of this window, provided by the auth gate around the app. */
export const SessionContext = createContext<SessionDto | null>(null);

export function useSession(): SessionDto {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the auth gate');
  return session;
}

/**
 * Whether the signed-in user holds a permission, to hide what they cannot do. Only a
 * convenience: dispatch checks every request on its own.
 */
export function useCan(permission: Permission): boolean {
  return useContext(SessionContext)?.permissions.includes(permission) ?? false;
}
