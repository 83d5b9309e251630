/**
 * What an unexpected error may carry into a log. A failed SQL statement (TypeORM's
 * QueryFailedError) holds its bound parameters, which for an account are a password hash;
 * they are replaced before the error reaches any log. Message and stack stay.
 */
const HIDDEN = '[parameters hidden]';

export function redactForLog(error: unknown): unknown {
  if (error === null || typeof error !== 'object') return error;
  const e = error as { parameters?: unknown; driverError?: unknown };
  if (!('parameters' in e) && !('driverError' in e)) return error;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(error) as object) as object, error) as Record<string, unknown>;
  if ('parameters' in copy) copy.parameters = HIDDEN;
  if (copy.driverError && typeof copy.driverError === 'object') copy.driverError = redactForLog(copy.driverError);
  // Error's own message and stack are not enumerable: carry them over explicitly.
  if (error instanceof Error) {
    Object.defineProperty(copy, 'message', { value: error.message, enumerable: false });
    Object.defineProperty(copy, 'stack', { value: error.stack, enumerable: false });
  }
  return copy;
}
