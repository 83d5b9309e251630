import { createSessionHolder, type SessionHolder } from '../core';

const TAB_RE = /^[A-Za-z0-9_-]{22,64}$/;

/**
 * The preview's stand-in for "one session per desktop window": one SessionHolder per browser
 * tab, so two tabs (or two e2e pages) can be signed in as different users. The tab id is
 * random and only ever sent with the run's token, like a session cookie; the session id
 * itself stays here. Bounded: the oldest tab is signed out when too many are open.
 */
export class PreviewTabSessions {
  private readonly holders = new Map<string, SessionHolder>();

  constructor(
    private readonly endSession: (holder: SessionHolder) => void,
    private readonly limit = 64,
  ) {}

  /** The tab's holder, or null for a missing or malformed tab id. */
  holderFor(tabId: unknown): SessionHolder | null {
    if (typeof tabId !== 'string' || !TAB_RE.test(tabId)) return null;
    const holder = this.holders.get(tabId) ?? createSessionHolder();
    // Most recently used last, so the eviction below takes the longest-idle tab.
    this.holders.delete(tabId);
    this.holders.set(tabId, holder);
    if (this.holders.size > this.limit) {
      const [oldest, oldHolder] = this.holders.entries().next().value!;
      this.holders.delete(oldest);
      this.endSession(oldHolder);
    }
    return holder;
  }

  endAll(): void {
    for (const holder of this.holders.values()) this.endSession(holder);
    this.holders.clear();
  }
}
