import { msg, type Lang, type MessageKey } from '../../shared/messages';
import type { AppError, ErrorCode, FieldError } from '../../shared/result';

type Params = Record<string, string | number>;

/**
 * A rule of the domain was not met. Thrown inside services (so a mutation's transaction
 * rolls back) and turned by dispatch into an error value in the caller's language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: Params = {},
    /** Field-level problems: path -> message key (+ params). */
    readonly fieldKeys: Record<string, { key: MessageKey; params?: Params }> = {},
  ) {
    super(msg(key, params, 'en'));
    this.name = 'DomainError';
  }

  toAppError(lang: Lang): AppError {
    const fields: Record<string, FieldError> = {};
    for (const [path, f] of Object.entries(this.fieldKeys)) {
      fields[path] = { code: f.key, message: msg(f.key, f.params ?? {}, lang), ...(f.params ? { params: f.params } : {}) };
    }
    return {
      code: this.code,
      message: msg(this.key, this.params, lang),
      key: this.key,
      ...(Object.keys(this.params).length ? { params: this.params } : {}),
      ...(Object.keys(fields).length ? { fields } : {}),
    };
  }
}

/**
 * A refusal whose bookkeeping must stay: dispatch commits what the service wrote before
 * throwing it (a failed sign-in's counter and its audit entry), then answers with the error.
 */
export class CommittedRefusal extends DomainError {
  override readonly name = 'CommittedRefusal';
}

export const notFound = () => new DomainError('NOT_FOUND', 'notFound');
export const staleRecord = () => new DomainError('CONFLICT', 'staleRecord');
