/** Errors are values at every boundary: a code a program can act on and a message a clerk can. */
export type ErrorCode =
  | 'VALIDATION'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'UNKNOWN_CHANNEL'
  | 'PRECONDITION'
  /** A bug: something the code did not expect. Never the answer to bad input. */
  | 'INTERNAL'
  /** The disk is full, the data folder read-only or unavailable, the file busy (params.fault). */
  | 'STORAGE'
  /** No live session (never signed in, signed out, expired, account deactivated), or wrong credentials. */
  | 'UNAUTHENTICATED'
  /** The session is locked (idle or on request): the same user unlocks it with the password. */
  | 'SESSION_LOCKED'
  /** An administrator reset the password: only changing it is allowed until then. */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** Too many failed sign-ins for this user name: wait (params.seconds) before the next try. */
  | 'TOO_MANY_ATTEMPTS';

export interface FieldError {
  /** Stable key of the message (see shared/messages.ts), e.g. "required", "tooLong". */
  code: string;
  /** Message in the language of the request (Indonesian by default). */
  message: string;
  params?: Record<string, string | number>;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  /** The message's key in shared/messages.ts, so the page can re-render it in its language. */
  key?: string;
  params?: Record<string, string | number>;
  /** Per-field problems, keyed by the dotted path of the input field. */
  fields?: Record<string, FieldError>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
