import type { ClientErrorCode } from './ApiError';

/**
 * Any call may learn that this window's session ended, locked, or must change its password
 * (dispatch checks on every request). call() reports it here; the auth gate refreshes the
 * sign-in state and shows the sign-in, lock or password screen.
 */
const SESSION_CODES: ReadonlySet<ClientErrorCode> = new Set(['UNAUTHENTICATED', 'SESSION_LOCKED', 'PASSWORD_CHANGE_REQUIRED']);

type Listener = () => void;
const listeners = new Set<Listener>();

export function onSessionProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportSessionProblem(code: ClientErrorCode): void {
  if (!SESSION_CODES.has(code)) return;
  for (const listener of listeners) listener();
}
