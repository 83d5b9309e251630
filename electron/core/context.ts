import type { Lang } from '../../shared/messages';
import type { HostEffects } from './host';
import { permissionsFor, type Permission, type Role } from '../../shared/permissions';

export interface Actor {
  id: string;
  name: string;
  /** null: nobody signed in yet (public channels only). */
  role: Role | null;
}

/**
 * Where a user-facing transport keeps its session id: one per desktop window, one per browser
 * tab of the preview. The page never sees the id; the auth channels replace it here and
 * dispatch reads it on every request.
 */
export interface SessionHolder {
  sessionId: string | null;
}

export const createSessionHolder = (): SessionHolder => ({ sessionId: null });

/** Who is asking, with which rights, in which language: built by each transport. */
export interface RequestContext {
  actor: Actor;
  permissions: ReadonlySet<Permission>;
  lang: Lang;
  /** Where the request came from, recorded in the audit trail. */
  transport: 'ipc' | 'preview' | 'test' | 'cli';
  /** Hands files to the user; absent where no one is there to receive them (e.g. the CLI). */
  host?: HostEffects;
  /**
   * Set by user-facing transports (desktop window, browser preview). Dispatch then ignores
   * actor and permissions as given and resolves them from the live session on every request
   * (so a role change or a deactivation applies at once), refusing without one. Trusted
   * in-process callers (tests, the command line) leave it out and pass their actor directly.
   */
  session?: SessionHolder;
}

export const ANONYMOUS_ACTOR: Actor = { id: 'anonymous', name: 'Belum masuk', role: null };

/**
 * The context of a request from a window or a browser tab: nobody until dispatch resolves
 * the holder's session to its user. The only way IPC and the preview build contexts.
 */
export function sessionContext(transport: 'ipc' | 'preview', session: SessionHolder, lang: Lang = 'id', host?: HostEffects): RequestContext {
  return { actor: ANONYMOUS_ACTOR, permissions: new Set(), lang, transport, host, session };
}

/**
 * A trusted in-process caller with the administrator's rights and no session: tests, the
 * command line, the preview's own set-up of its demo database. Never used for a window or a
 * browser tab (a test in tests/electron checks the transports).
 */
export function localOperatorContext(transport: RequestContext['transport'], lang: Lang = 'id', host?: HostEffects): RequestContext {
  return {
    host,
    actor: { id: 'local-operator', name: 'Operator lokal', role: 'admin' },
    permissions: permissionsFor('admin'),
    lang,
    transport,
  };
}
