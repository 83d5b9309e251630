/**
 * Permissions are named per channel in the contract and checked by dispatch, never only in
 * the UI. Roles are bundles of permissions; seeing confidential reporter identities is a
 * permission of its own, held only through a user's grant (never through a role).
 */
export const PERMISSIONS = [
  'app.read', // read the office's ordinary records
  'records.write', // day-to-day work: agencies, focal points, cases, events
  'masterdata.write', // editable reference lists (agency groups, stages, categories)
  'settings.write', // office profile, letterhead, patterns, idle lock
  'system.setup', // first-run choices
  'confidential.read', // see confidential reporter identities (grant only)
  'users.manage', // create users, set roles and grants, reset passwords, deactivate
  'audit.read', // the audit trail and its verification
  'backup.restore',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * What a channel requires besides a permission: `public` channels answer without a session
 * (status, first-run administrator, login, unlock, lock, logout); `signedIn` channels need a
 * live session but no particular permission (changing one's own password).
 */
export type Access = Permission | 'public' | 'signedIn';

export const ROLES = ['admin', 'staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const GRANT_ONLY: readonly Permission[] = ['confidential.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS.filter((p) => !GRANT_ONLY.includes(p)),
  staff: ['app.read', 'records.write'],
  viewer: ['app.read'],
};

/** Viewers are read-only and never see confidential identities, whatever their grant says. */
export const roleMayHoldConfidentialGrant = (role: Role): boolean => role !== 'viewer';

export function permissionsFor(role: Role, grants: { canSeeConfidential?: boolean } = {}): ReadonlySet<Permission> {
  const set = new Set<Permission>(ROLE_PERMISSIONS[role]);
  if (grants.canSeeConfidential && roleMayHoldConfidentialGrant(role)) set.add('confidential.read');
  return set;
}
