/**
 * Failed sign-ins per user name: an increasing wait after each failure (1, 2, 4, 8 s), and
 * after five a temporary lock of 15 minutes. Unknown user names are counted the same way (in
 * memory), so the answers never tell whether a name exists. Time comes from the caller's
 * clock, so tests can move it.
 */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
const MAX_WAIT_SECONDS = 30;

export interface AttemptState {
  failedCount: number;
  lastFailedAt: string | null;
  lockedUntil: string | null;
}

export const NO_FAILURES: AttemptState = { failedCount: 0, lastFailedAt: null, lockedUntil: null };

export type AttemptVerdict = { allowed: true } | { allowed: false; reason: 'wait' | 'locked'; retryAfterMs: number };

export function waitAfter(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(2 ** (failures - 1), MAX_WAIT_SECONDS) * 1000;
}

const ms = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

export function attemptVerdict(state: AttemptState, now: Date): AttemptVerdict {
  const t = now.getTime();
  const lockedUntil = ms(state.lockedUntil);
  if (lockedUntil !== null && lockedUntil > t) return { allowed: false, reason: 'locked', retryAfterMs: lockedUntil - t };
  if (lockedUntil !== null) return { allowed: true }; // the lock ran out: a fresh start
  const last = ms(state.lastFailedAt);
  if (last !== null && state.failedCount > 0) {
    const next = last + waitAfter(state.failedCount);
    if (next > t) return { allowed: false, reason: 'wait', retryAfterMs: next - t };
  }
  return { allowed: true };
}

export function afterFailure(state: AttemptState, now: Date): AttemptState {
  const lockExpired = state.lockedUntil !== null && Date.parse(state.lockedUntil) <= now.getTime();
  const failedCount = (lockExpired ? 0 : state.failedCount) + 1;
  const lockedUntil = failedCount >= LOCK_AFTER_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
  return { failedCount, lastFailedAt: now.toISOString(), lockedUntil };
}

/** Failures of user names that match no account, bounded so guessing cannot fill memory. */
export class UnknownNameAttempts {
  private readonly states = new Map<string, AttemptState>();

  constructor(private readonly limit = 1000) {}

  get(key: string): AttemptState {
    return this.states.get(key) ?? NO_FAILURES;
  }

  recordFailure(key: string, now: Date): void {
    const next = afterFailure(this.get(key), now);
    this.states.delete(key);
    this.states.set(key, next);
    if (this.states.size > this.limit) this.states.delete(this.states.keys().next().value!);
  }

  clear(key: string): void {
    this.states.delete(key);
  }
}
