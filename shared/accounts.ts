/**
 * Rules for user names and passwords, shared by the contract (checked in the core) and the
 * forms (checked as the user types). Passwords follow NIST SP 800-63B: length over
 * composition rules, any character allowed (spaces and non-Latin letters too), no trimming.
 */
import { z } from 'zod';
import { requiredLine } from './validation';

export const PASSWORD_MIN_LENGTH = 10;
/** Bounds the work a single sign-in can ask of the key derivation. */
export const PASSWORD_MAX_LENGTH = 128;

const USERNAME_RE = /^[A-Za-z0-9._-]{3,40}$/;

/** Case-insensitive identity of a user name: "Siti.A" and "siti.a" are the same account. */
export const usernameKey = (username: string): string => username.trim().toLowerCase();

/** Counted in characters as the user sees them (code points), not UTF-16 units. */
const length = (s: string): number => [...s].length;

export const usernameField = () =>
  z
    .string({ error: 'required' })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: 'required' }).regex(USERNAME_RE, { error: 'username' }));

export const fullNameField = () => requiredLine(120);

/** A new password: length bounds and no single repeated character. */
export const newPasswordField = () =>
  z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .refine((s) => length(s) >= PASSWORD_MIN_LENGTH, { error: 'passwordTooShort', params: { min: PASSWORD_MIN_LENGTH } })
    .refine((s) => length(s) <= PASSWORD_MAX_LENGTH, { error: 'passwordTooLong', params: { max: PASSWORD_MAX_LENGTH } })
    .refine((s) => new Set(s).size > 1, { error: 'passwordTrivial' });

/** A password being checked (sign-in, unlock, current password): only bounded, never judged. */
export const givenPasswordField = () =>
  z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    // Bounded in UTF-16 units (cheap); the real limit for new passwords is in characters.
    .max(PASSWORD_MAX_LENGTH * 4);

/** Whether a password merely repeats the user name (any case): refused for new passwords. */
export const passwordRepeatsUsername = (password: string, username: string): boolean =>
  usernameKey(password) === usernameKey(username);
