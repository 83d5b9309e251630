import { z } from 'zod';
import { fullNameField, givenPasswordField, newPasswordField, usernameField } from '../accounts';
import type { AuthStatusDto, SessionDto } from '../dto';
import { mutation, query } from './define';

/**
 * Sign-in and sessions. The session id never reaches the page: the core keeps sessions, the
 * transport (desktop window, preview tab) keeps the id in a SessionHolder, and these
 * channels read and replace it there. 'public' channels answer without a live session.
 */
export const setupAdminInput = z
  .object({ username: usernameField(), fullName: fullNameField(), password: newPasswordField() })
  .strict();
export type SetupAdminInput = z.input<typeof setupAdminInput>;

/** Any user name is accepted for checking: the form must not hint which names exist. */
const givenUsername = z
  .string({ error: 'required' })
  .max(200)
  .transform((s) => s.trim())
  .pipe(z.string().min(1, { error: 'required' }));

export const loginInput = z.object({ username: givenUsername, password: givenPasswordField() }).strict();
export type LoginInput = z.input<typeof loginInput>;

export const unlockInput = z.object({ password: givenPasswordField() }).strict();

export const changePasswordInput = z
  .object({ currentPassword: givenPasswordField(), newPassword: newPasswordField() })
  .strict();
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export const authChannels = {
  'auth.status': query<AuthStatusDto>()(z.undefined(), 'public'),
  /** First run only: creates the first administrator (refused once any user exists) and signs them in. */
  'auth.setupAdmin': mutation<SessionDto | null>()(setupAdminInput, 'public'),
  /** Failed attempts are counted (and committed) per user name, known or not. */
  'auth.login': mutation<SessionDto>()(loginInput, 'public'),
  /** The same user, after the idle lock or a manual lock. */
  'auth.unlock': mutation<SessionDto>()(unlockInput, 'public'),
  /** Locks this session now (the page's own idle timer, or "Kunci layar"). Changes no record. */
  'auth.lock': query<{ locked: boolean }>()(z.undefined(), 'public'),
  /** Ends this session. Changes no record. */
  'auth.logout': query<{ signedOut: boolean }>()(z.undefined(), 'public'),
  'auth.changePassword': mutation<SessionDto>()(changePasswordInput, 'signedIn'),
  /**
   * Sent by the page while its user types or clicks without otherwise calling the core, at
   * most once a minute: dispatch counts it as activity, so a long form is not locked mid-way.
   */
  'auth.keepAlive': query<{ ok: true }>()(z.undefined(), 'signedIn'),
};
