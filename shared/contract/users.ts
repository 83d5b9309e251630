import { z } from 'zod';
import { fullNameField, newPasswordField, usernameField } from '../accounts';
import type { UserDto } from '../dto';
import { ROLES } from '../permissions';
import { recordId } from '../validation';
import { mutation, query } from './define';

/** Local accounts, managed by administrators. Users are deactivated, never deleted. */
const role = z.enum(ROLES, { error: 'invalidOption' });

export const userCreateInput = z
  .object({
    username: usernameField(),
    fullName: fullNameField(),
    role,
    canSeeConfidential: z.boolean().default(false),
    /** The first password, told to the user in person; they choose their own at first sign-in. */
    password: newPasswordField(),
  })
  .strict();
export type UserCreateInput = z.input<typeof userCreateInput>;

export const userUpdateInput = z
  .object({
    id: recordId(),
    fullName: fullNameField(),
    role,
    canSeeConfidential: z.boolean(),
    expectedUpdatedAt: z.string().max(40).optional(),
  })
  .strict();
export type UserUpdateInput = z.input<typeof userUpdateInput>;

export const userResetPasswordInput = z
  .object({ id: recordId(), newPassword: newPasswordField(), mustChange: z.boolean().default(true) })
  .strict();
export type UserResetPasswordInput = z.input<typeof userResetPasswordInput>;

export const userSetActiveInput = z.object({ id: recordId(), active: z.boolean() }).strict();

export const userChannels = {
  'users.list': query<UserDto[]>()(z.object({ includeInactive: z.boolean().default(true) }).strict().default({ includeInactive: true }), 'users.manage'),
  'users.create': mutation<UserDto>()(userCreateInput, 'users.manage'),
  'users.update': mutation<UserDto>()(userUpdateInput, 'users.manage'),
  /** Sets a new password (by default to be changed at next sign-in), clears a lockout, ends the user's sessions. */
  'users.resetPassword': mutation<UserDto>()(userResetPasswordInput, 'users.manage'),
  /** Deactivate (ends the user's sessions) or reactivate. Never the last active administrator. */
  'users.setActive': mutation<UserDto>()(userSetActiveInput, 'users.manage'),
};
