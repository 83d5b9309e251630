import type { SimpulApi } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { ApiError } from './ApiError';
import { reportSessionProblem } from './sessionEvents';

/** The bridge, or a TRANSPORT error when the page runs without one. */
export function api(): SimpulApi {
  if (typeof window === 'undefined' || !window.api) {
    throw new ApiError({ code: 'TRANSPORT', message: 'window.api is not available' });
  }
  return window.api;
}

/**
 * Runs one channel call and unwraps its Result: the value on success, an ApiError
 * otherwise. A rejected promise (the bridge broke) becomes a TRANSPORT error.
 */
export async function call<T>(run: (bridge: SimpulApi) => Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await run(api());
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError({ code: 'TRANSPORT', message: err instanceof Error ? err.message : String(err) });
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new ApiError({ code: 'TRANSPORT', message: 'Malformed response' });
  }
  if (result.ok) return result.value;
  reportSessionProblem(result.error.code);
  throw new ApiError(result.error);
}
