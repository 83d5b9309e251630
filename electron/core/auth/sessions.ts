import { randomBytes } from 'node:crypto';

/**
 * Sessions live in the core's memory only: closing the app signs everyone out. The id is
 * 256 random bits and stays with the transport (see context.ts SessionHolder).
 */
export const DEFAULT_IDLE_LOCK_MINUTES = 15;
/** However active, a session ends after a working day; the next day starts with a sign-in. */
export const SESSION_MAX_HOURS = 12;

export interface Session {
  id: string;
  userId: string;
  startedAt: number;
  lastActivityAt: number;
  locked: boolean;
}

export type SessionState = 'live' | 'locked' | 'expired';

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  start(userId: string, now: Date): Session {
    const session: Session = { id: randomBytes(32).toString('base64url'), userId, startedAt: now.getTime(), lastActivityAt: now.getTime(), locked: false };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string | null): Session | undefined {
    return id === null ? undefined : this.sessions.get(id);
  }

  end(id: string | null): void {
    if (id !== null) this.sessions.delete(id);
  }

  /** After a deactivation or a password reset: every window of that user signs in again. */
  endAllOf(userId: string, exceptId: string | null = null): void {
    for (const [id, s] of this.sessions) if (s.userId === userId && id !== exceptId) this.sessions.delete(id);
  }

  /** Expired sessions end here; an idle one becomes (and stays) locked. */
  state(session: Session, now: Date, idleLockMinutes: number): SessionState {
    const t = now.getTime();
    if (t - session.startedAt >= SESSION_MAX_HOURS * 3_600_000) {
      this.sessions.delete(session.id);
      return 'expired';
    }
    if (!session.locked && t - session.lastActivityAt >= idleLockMinutes * 60_000) session.locked = true;
    return session.locked ? 'locked' : 'live';
  }

  get size(): number {
    return this.sessions.size;
  }
}
