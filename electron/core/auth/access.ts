import type { EntityManager } from 'typeorm';
import { permissionsFor, type Access } from '../../../shared/permissions';
import type { RequestContext } from '../context';
import { DomainError } from '../errors';
import { UserEntity } from './entity';
import type { AuthRuntime } from './runtime';
import { idleLockMinutes } from './sessionView';

/**
 * Who may run a channel, decided by dispatch before validation, inside the request's turn of
 * the serial queue:
 *  - 'public' channels run for anyone (they look at the session themselves);
 *  - a request from a window or browser tab (ctx.session) needs a live, unlocked session;
 *    actor and permissions come from the user's row now, not from when they signed in;
 *  - after an administrator's reset only 'signedIn' channels (changing the password) run;
 *  - then the channel's permission.
 * Trusted in-process callers (no ctx.session) are checked on the permissions they carry.
 */
export type Authorization = { ok: true; request: RequestContext } | { ok: false; error: DomainError };

const refuse = (error: DomainError): { ok: false; error: DomainError } => ({ ok: false, error });

type Resolved = { ok: true; request: RequestContext; mustChangePassword: boolean } | { ok: false; error: DomainError };

async function resolveSession(request: RequestContext, manager: EntityManager, auth: AuthRuntime, now: Date): Promise<Resolved> {
  const holder = request.session!;
  if (holder.sessionId === null) return refuse(new DomainError('UNAUTHENTICATED', 'notSignedIn'));
  const session = auth.sessions.get(holder.sessionId);
  const ended = () => {
    auth.sessions.end(holder.sessionId);
    holder.sessionId = null;
  };
  if (!session) {
    ended();
    return refuse(new DomainError('UNAUTHENTICATED', 'sessionEnded'));
  }
  const user = await manager.findOne(UserEntity, { where: { id: session.userId } });
  if (!user?.active) {
    ended();
    return refuse(new DomainError('UNAUTHENTICATED', 'accountInactive'));
  }
  const state = auth.sessions.state(session, now, await idleLockMinutes({ manager }));
  if (state === 'expired') {
    ended();
    return refuse(new DomainError('UNAUTHENTICATED', 'sessionEnded'));
  }
  if (state === 'locked') return refuse(new DomainError('SESSION_LOCKED', 'sessionLocked'));
  session.lastActivityAt = now.getTime();
  const resolved: RequestContext = {
    ...request,
    actor: { id: user.id, name: user.fullName, role: user.role },
    permissions: permissionsFor(user.role, user),
  };
  return { ok: true, request: resolved, mustChangePassword: user.mustChangePassword };
}

export async function authorize(access: Access, request: RequestContext, manager: EntityManager, auth: AuthRuntime, now: Date): Promise<Authorization> {
  if (access === 'public') return { ok: true, request };
  let resolved = request;
  if (request.session) {
    const outcome = await resolveSession(request, manager, auth, now);
    if (!outcome.ok) return outcome;
    if (outcome.mustChangePassword && access !== 'signedIn') return refuse(new DomainError('PASSWORD_CHANGE_REQUIRED', 'passwordChangeRequired'));
    resolved = outcome.request;
  }
  if (access === 'signedIn' || resolved.permissions.has(access)) return { ok: true, request: resolved };
  return refuse(new DomainError('FORBIDDEN', 'forbidden'));
}
