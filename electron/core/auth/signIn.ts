import type { z } from 'zod';
import { passwordRepeatsUsername, usernameKey } from '../../../shared/accounts';
import type { changePasswordInput, loginInput, setupAdminInput, unlockInput } from '../../../shared/contract/auth';
import type { AuthStatusDto, SessionDto } from '../../../shared/dto';
import { nextTimestamp } from '../db/timestamps';
import { CommittedRefusal, DomainError } from '../errors';
import type { ServiceContext } from '../service';
import { UserEntity, type User } from './entity';
import { idleLockMinutes, toSessionDto } from './sessionView';
import { afterFailure, attemptVerdict, NO_FAILURES, type AttemptState } from './throttle';
import { countUsers, findUserByName, insertUser, requireUser } from './users';

/**
 * Sign-in, unlock, password change, lock and sign-out. A wrong user name and a wrong password
 * get the same answer after the same work (one key derivation); failures are counted per
 * name and kept even though the request fails (CommittedRefusal).
 */

const NO_FAILURES_FIELDS = { failedLoginCount: NO_FAILURES.failedCount, lastFailedLoginAt: NO_FAILURES.lastFailedAt, lockedUntil: NO_FAILURES.lockedUntil };

const stateOf = (u: User): AttemptState => ({ failedCount: u.failedLoginCount, lastFailedAt: u.lastFailedLoginAt, lockedUntil: u.lockedUntil });

function refuseWhileThrottled(state: AttemptState, now: Date): void {
  const verdict = attemptVerdict(state, now);
  if (verdict.allowed) return;
  if (verdict.reason === 'locked') throw new DomainError('TOO_MANY_ATTEMPTS', 'accountLocked', { minutes: Math.ceil(verdict.retryAfterMs / 60_000) });
  throw new DomainError('TOO_MANY_ATTEMPTS', 'tooManyAttempts', { seconds: Math.ceil(verdict.retryAfterMs / 1000) });
}

async function recordUserFailure(ctx: ServiceContext, user: User, action: string): Promise<void> {
  const next = afterFailure(stateOf(user), ctx.now());
  await ctx.manager.update(UserEntity, { id: user.id }, { failedLoginCount: next.failedCount, lastFailedLoginAt: next.lastFailedAt, lockedUntil: next.lockedUntil });
  await ctx.audit.record({ entity: 'user', entityId: user.id, action, before: null, after: { failedLoginCount: next.failedCount, lockedUntil: next.lockedUntil } });
}

/** Successful check: counters cleared, a weaker stored hash replaced by today's parameters. */
async function recordSuccess(ctx: ServiceContext, user: User, password: string, needsRehash: boolean, action: string): Promise<User> {
  const now = ctx.now().toISOString();
  const changes: Partial<User> = { ...(action === 'login' ? { lastLoginAt: now } : {}), ...NO_FAILURES_FIELDS };
  if (needsRehash) changes.passwordHash = await ctx.auth.hasher.hash(password);
  await ctx.manager.update(UserEntity, { id: user.id }, changes);
  await ctx.audit.record({ entity: 'user', entityId: user.id, action, before: null, after: needsRehash ? { rehashed: true } : null, actor: { id: user.id, name: user.fullName } });
  return { ...user, ...changes };
}

function holderOf(ctx: ServiceContext) {
  const holder = ctx.request.session;
  if (!holder) throw new DomainError('PRECONDITION', 'sessionUnavailable');
  return holder;
}

async function startSession(ctx: ServiceContext, user: User): Promise<SessionDto> {
  const holder = holderOf(ctx);
  const session = ctx.auth.sessions.start(user.id, ctx.now());
  const previous = holder.sessionId;
  // The holder changes only once the sign-in is durable; a rolled-back one leaves nothing behind.
  ctx.effects.afterCommit(() => {
    ctx.auth.sessions.end(previous);
    holder.sessionId = session.id;
  });
  ctx.effects.onRollback(() => ctx.auth.sessions.end(session.id));
  return toSessionDto(session, user, await idleLockMinutes(ctx));
}

export async function authStatus(ctx: ServiceContext): Promise<AuthStatusDto> {
  const setupRequired = (await countUsers(ctx)) === 0;
  const holder = ctx.request.session;
  const session = ctx.auth.sessions.get(holder?.sessionId ?? null);
  if (!holder || !session) return { setupRequired, session: null };
  const minutes = await idleLockMinutes(ctx);
  const user = await ctx.manager.findOne(UserEntity, { where: { id: session.userId } });
  if (!user?.active || ctx.auth.sessions.state(session, ctx.now(), minutes) === 'expired') {
    ctx.auth.sessions.end(session.id);
    holder.sessionId = null;
    return { setupRequired, session: null };
  }
  return { setupRequired, session: toSessionDto(session, user, minutes) };
}

export async function setupAdmin(input: z.output<typeof setupAdminInput>, ctx: ServiceContext): Promise<SessionDto | null> {
  if ((await countUsers(ctx)) > 0) throw new DomainError('CONFLICT', 'setupDone');
  const user = await insertUser(ctx, { ...input, role: 'admin', canSeeConfidential: false, mustChangePassword: false });
  await ctx.audit.record({
    entity: 'user',
    entityId: user.id,
    action: 'create',
    before: null,
    after: { username: user.username, fullName: user.fullName, role: user.role, firstAdministrator: true },
    actor: { id: user.id, name: user.fullName },
  });
  // Trusted callers (the preview's set-up, tests) create the account without signing in.
  return ctx.request.session ? startSession(ctx, user) : null;
}

export async function login(input: z.output<typeof loginInput>, ctx: ServiceContext): Promise<SessionDto> {
  holderOf(ctx);
  const now = ctx.now();
  const user = await findUserByName(ctx, input.username);
  const key = usernameKey(input.username);
  refuseWhileThrottled(user ? stateOf(user) : ctx.auth.unknownNames.get(key), now);
  const check = user ? await ctx.auth.hasher.verify(input.password, user.passwordHash) : { ok: await ctx.auth.hasher.verifyNobody(input.password), needsRehash: false };
  if (!check.ok) {
    if (user) await recordUserFailure(ctx, user, 'loginFailed');
    else {
      ctx.auth.unknownNames.recordFailure(key, now);
      // The attempted name is not kept: people type their password into it by mistake.
      await ctx.audit.record({ entity: 'user', entityId: '-', action: 'loginFailed', before: null, after: null });
    }
    throw new CommittedRefusal('UNAUTHENTICATED', 'loginFailed');
  }
  // Only someone who knows the password learns that the account is deactivated.
  if (!user!.active) throw new DomainError('UNAUTHENTICATED', 'accountInactive');
  const signedIn = await recordSuccess(ctx, user!, input.password, check.needsRehash, 'login');
  return startSession(ctx, signedIn);
}

/** The holder's session and its user, still valid (locked or not). */
async function currentSession(ctx: ServiceContext) {
  const holder = holderOf(ctx);
  const session = ctx.auth.sessions.get(holder.sessionId);
  const minutes = await idleLockMinutes(ctx);
  if (!session || ctx.auth.sessions.state(session, ctx.now(), minutes) === 'expired') throw new DomainError('UNAUTHENTICATED', 'sessionEnded');
  const user = await ctx.manager.findOne(UserEntity, { where: { id: session.userId } });
  if (!user?.active) {
    ctx.auth.sessions.end(session.id);
    throw new DomainError('UNAUTHENTICATED', 'accountInactive');
  }
  return { session, user, minutes };
}

export async function unlock(input: z.output<typeof unlockInput>, ctx: ServiceContext): Promise<SessionDto> {
  const { session, user, minutes } = await currentSession(ctx);
  refuseWhileThrottled(stateOf(user), ctx.now());
  const check = await ctx.auth.hasher.verify(input.password, user.passwordHash);
  if (!check.ok) {
    await recordUserFailure(ctx, user, 'unlockFailed');
    throw new CommittedRefusal('UNAUTHENTICATED', 'unlockFailed');
  }
  const unlocked = await recordSuccess(ctx, user, input.password, check.needsRehash, 'unlock');
  ctx.effects.afterCommit(() => {
    session.locked = false;
    session.lastActivityAt = ctx.now().getTime();
  });
  return { ...toSessionDto(session, unlocked, minutes), locked: false };
}

export function lock(ctx: ServiceContext): { locked: boolean } {
  const session = ctx.auth.sessions.get(ctx.request.session?.sessionId ?? null);
  if (session) session.locked = true;
  return { locked: session !== undefined };
}

export function logout(ctx: ServiceContext): { signedOut: boolean } {
  const holder = ctx.request.session;
  if (!holder) return { signedOut: false };
  const had = holder.sessionId !== null;
  ctx.auth.sessions.end(holder.sessionId);
  holder.sessionId = null;
  return { signedOut: had };
}

/** One's own password: the current one is checked (and failures counted) like a sign-in. */
export async function changePassword(input: z.output<typeof changePasswordInput>, ctx: ServiceContext): Promise<SessionDto> {
  const user = await requireUser(ctx, ctx.request.actor.id);
  refuseWhileThrottled(stateOf(user), ctx.now());
  const check = await ctx.auth.hasher.verify(input.currentPassword, user.passwordHash);
  if (!check.ok) {
    await recordUserFailure(ctx, user, 'changePasswordFailed');
    throw new CommittedRefusal('VALIDATION', 'validationFailed', {}, { currentPassword: { key: 'currentPasswordWrong' } });
  }
  const fieldError = (key: 'passwordUnchanged' | 'passwordSameAsUsername') => new DomainError('VALIDATION', 'validationFailed', {}, { newPassword: { key } });
  if (input.newPassword === input.currentPassword) throw fieldError('passwordUnchanged');
  if (passwordRepeatsUsername(input.newPassword, user.username)) throw fieldError('passwordSameAsUsername');
  const now = ctx.now().toISOString();
  const after: User = {
    ...user,
    ...NO_FAILURES_FIELDS,
    passwordHash: await ctx.auth.hasher.hash(input.newPassword),
    mustChangePassword: false,
    passwordChangedAt: now,
    updatedAt: nextTimestamp(ctx, user.updatedAt),
  };
  await ctx.manager.save(UserEntity, after);
  await ctx.audit.record({
    entity: 'user',
    entityId: user.id,
    action: 'changePassword',
    before: { mustChangePassword: user.mustChangePassword, passwordChangedAt: user.passwordChangedAt },
    after: { mustChangePassword: false, passwordChangedAt: now },
  });
  const holder = ctx.request.session;
  // Other windows signed in with the old password sign in again; this one goes on.
  ctx.effects.afterCommit(() => ctx.auth.sessions.endAllOf(user.id, holder?.sessionId ?? null));
  const session = ctx.auth.sessions.get(holder?.sessionId ?? null);
  if (!session) throw new DomainError('PRECONDITION', 'sessionUnavailable');
  return toSessionDto(session, after, await idleLockMinutes(ctx));
}

