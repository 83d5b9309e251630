import type { Lang } from '../../shared/messages';
import type { HostEffects } from './host';
import { permissionsFor, type Permission, type Role } from '../../shared/permissions';

/** Who is asking, with which rights, in which language: built by each transport. */
export interface RequestContext {
  actor: { id: string; name: string; role: Role };
  permissions: ReadonlySet<Permission>;
  lang: Lang;
  /** Where the request came from, recorded in the audit trail. */
  transport: 'ipc' | 'preview' | 'test' | 'cli';
  /** Hands files to the user; absent where no one is there to receive them (e.g. the CLI). */
  host?: HostEffects;
}

/**
 * Until local accounts exist (users-and-roles issue), the desktop user is the office's
 * local operator with the administrator's rights; every transport builds its context here
 * so the switch to real sessions happens in one place.
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
