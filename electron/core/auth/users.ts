import type { z } from 'zod';
import { passwordRepeatsUsername, usernameKey } from '../../../shared/accounts';
import type { userCreateInput, userResetPasswordInput, userSetActiveInput, userUpdateInput } from '../../../shared/contract/users';
import type { UserDto } from '../../../shared/dto';
import { roleMayHoldConfidentialGrant } from '../../../shared/permissions';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound, staleRecord } from '../errors';
import type { ServiceContext } from '../service';
import { findLocalOffice } from '../settings/service';
import { UserEntity, type User } from './entity';

/** User management by administrators. A password or its hash never leaves this module's callers. */

export function toUserDto(u: User, now: Date): UserDto {
  const locked = u.lockedUntil !== null && Date.parse(u.lockedUntil) > now.getTime();
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    canSeeConfidential: u.canSeeConfidential,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    lockedUntil: locked ? u.lockedUntil : null,
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

export const findUserByName = (ctx: Pick<ServiceContext, 'manager'>, username: string) =>
  ctx.manager.findOne(UserEntity, { where: { usernameKey: usernameKey(username) } });

export async function requireUser(ctx: Pick<ServiceContext, 'manager'>, id: string): Promise<User> {
  const user = await ctx.manager.findOne(UserEntity, { where: { id } });
  if (!user) throw notFound();
  return user;
}

export const countUsers = (ctx: Pick<ServiceContext, 'manager'>) => ctx.manager.count(UserEntity);

const viewerGrant = () =>
  new DomainError('VALIDATION', 'validationFailed', {}, { canSeeConfidential: { key: 'confidentialViewer' } });

const passwordIsUsername = (field: string) =>
  new DomainError('VALIDATION', 'validationFailed', {}, { [field]: { key: 'passwordSameAsUsername' } });

/** Creates an account (also the first administrator, before any office profile exists). */
export async function insertUser(
  ctx: ServiceContext,
  fields: { username: string; fullName: string; role: User['role']; canSeeConfidential: boolean; password: string; mustChangePassword: boolean },
): Promise<User> {
  if (passwordRepeatsUsername(fields.password, fields.username)) throw passwordIsUsername('password');
  if (fields.canSeeConfidential && !roleMayHoldConfidentialGrant(fields.role)) throw viewerGrant();
  if (await findUserByName(ctx, fields.username)) {
    throw new DomainError('DUPLICATE', 'usernameTaken', { username: fields.username }, { username: { key: 'usernameTaken', params: { username: fields.username } } });
  }
  const now = ctx.now().toISOString();
  const user: User = {
    id: uuidv7(),
    officeCode: (await findLocalOffice(ctx))?.officeCode ?? '-',
    username: fields.username,
    usernameKey: usernameKey(fields.username),
    fullName: fields.fullName,
    role: fields.role,
    canSeeConfidential: fields.canSeeConfidential,
    active: true,
    passwordHash: await ctx.auth.hasher.hash(fields.password),
    mustChangePassword: fields.mustChangePassword,
    passwordChangedAt: now,
    failedLoginCount: 0,
    lastFailedLoginAt: null,
    lockedUntil: null,
    lastLoginAt: null,
    deactivatedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.manager.insert(UserEntity, user);
  return user;
}

export async function listUsers(input: { includeInactive: boolean }, ctx: ServiceContext): Promise<UserDto[]> {
  const users = await ctx.manager.find(UserEntity, {
    where: input.includeInactive ? {} : { active: true },
    order: { active: 'DESC', usernameKey: 'ASC' },
  });
  return users.map((u) => toUserDto(u, ctx.now()));
}

export async function createUser(input: z.output<typeof userCreateInput>, ctx: ServiceContext): Promise<UserDto> {
  // The administrator chose this first password and tells it in person: the user replaces it.
  const user = await insertUser(ctx, { ...input, mustChangePassword: true });
  const dto = toUserDto(user, ctx.now());
  await ctx.audit.record({ entity: 'user', entityId: user.id, action: 'create', before: null, after: dto });
  return dto;
}

/** Refuses a change that would leave no active administrator (the database refuses it too). */
async function keepAnAdmin(ctx: ServiceContext, user: User): Promise<void> {
  if (user.role !== 'admin' || !user.active) return;
  const admins = await ctx.manager.count(UserEntity, { where: { role: 'admin', active: true } });
  if (admins <= 1) throw new DomainError('CONFLICT', 'lastAdmin');
}

const notSelf = (ctx: ServiceContext, user: User) => {
  if (user.id === ctx.request.actor.id) throw new DomainError('CONFLICT', 'selfChange');
};

async function saveUser(ctx: ServiceContext, before: User, changes: Partial<User>, action: string): Promise<UserDto> {
  const after: User = { ...before, ...changes, updatedAt: nextTimestamp(ctx, before.updatedAt) };
  await ctx.manager.save(UserEntity, after);
  const dto = toUserDto(after, ctx.now());
  await ctx.audit.record({ entity: 'user', entityId: after.id, action, before: toUserDto(before, ctx.now()), after: dto });
  return dto;
}

export async function updateUser(input: z.output<typeof userUpdateInput>, ctx: ServiceContext): Promise<UserDto> {
  const user = await requireUser(ctx, input.id);
  if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== user.updatedAt) throw staleRecord();
  if (input.role !== user.role) {
    notSelf(ctx, user);
    if (input.role !== 'admin') await keepAnAdmin(ctx, user);
  }
  if (input.canSeeConfidential && !roleMayHoldConfidentialGrant(input.role)) throw viewerGrant();
  // Dispatch reads role and grant on every request: the change applies to open sessions at once.
  return saveUser(ctx, user, { fullName: input.fullName, role: input.role, canSeeConfidential: input.canSeeConfidential }, 'update');
}

export async function resetPassword(input: z.output<typeof userResetPasswordInput>, ctx: ServiceContext): Promise<UserDto> {
  const user = await requireUser(ctx, input.id);
  if (passwordRepeatsUsername(input.newPassword, user.username)) throw passwordIsUsername('newPassword');
  const dto = await saveUser(
    ctx,
    user,
    {
      passwordHash: await ctx.auth.hasher.hash(input.newPassword),
      mustChangePassword: input.mustChange,
      passwordChangedAt: ctx.now().toISOString(),
      failedLoginCount: 0,
      lastFailedLoginAt: null,
      lockedUntil: null,
    },
    'resetPassword',
  );
  // Whoever was signed in with the old password signs in again (the resetting admin's own window stays).
  ctx.effects.afterCommit(() => ctx.auth.sessions.endAllOf(user.id, ctx.request.session?.sessionId ?? null));
  return dto;
}

export async function setUserActive(input: z.output<typeof userSetActiveInput>, ctx: ServiceContext): Promise<UserDto> {
  const user = await requireUser(ctx, input.id);
  if (user.active === input.active) throw new DomainError('CONFLICT', 'alreadyInState');
  notSelf(ctx, user);
  if (!input.active) await keepAnAdmin(ctx, user);
  const dto = await saveUser(ctx, user, { active: input.active, deactivatedAt: input.active ? null : ctx.now().toISOString() }, input.active ? 'reactivate' : 'deactivate');
  if (!input.active) ctx.effects.afterCommit(() => ctx.auth.sessions.endAllOf(user.id));
  return dto;
}

/** Accounts made before the office profile (the first administrator) take the office's code. */
export async function stampUsersWithOffice(ctx: Pick<ServiceContext, 'manager'>, officeCode: string): Promise<void> {
  await ctx.manager.query(`UPDATE users SET office_code = ? WHERE office_code <> ?`, [officeCode, officeCode]);
}
