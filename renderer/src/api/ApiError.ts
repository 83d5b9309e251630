import type { ErrorCode, FieldError } from '../../../shared/result';

/** TRANSPORT: the bridge itself failed (no window.api, or the call rejected). */
export type ClientErrorCode = ErrorCode | 'TRANSPORT';

/**
 * A failed Result, thrown so TanStack Query puts queries and mutations in their error
 * state. Carries the server's code, message and per-field errors unchanged.
 */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  readonly fields: Record<string, FieldError>;

  constructor(error: { code: ClientErrorCode; message: string; fields?: Record<string, FieldError> }) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fields).length > 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
