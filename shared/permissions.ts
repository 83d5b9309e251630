/**
 * Permissions are named per channel in the contract and checked by dispatch, never only in
 * the UI. Roles are bundles of permissions; seeing confidential reporter identities is a
 * permission of its own so it can be granted apart from a role.
 */
export const PERMISSIONS = [
  'app.read', // read the office's ordinary records
  'records.write', // day-to-day work: agencies, focal points, cases, events
  'masterdata.write', // editable reference lists (agency groups, stages, categories)
  'settings.write', // office profile, letterhead, patterns
  'system.setup', // first-run choices
  'confidential.read', // see confidential reporter identities
  'users.manage',
  'backup.restore',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['admin', 'staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS.filter((p) => p !== 'confidential.read'),
  staff: ['app.read', 'records.write'],
  viewer: ['app.read'],
};

export function permissionsFor(role: Role, extra: readonly Permission[] = []): ReadonlySet<Permission> {
  return new Set<Permission>([...ROLE_PERMISSIONS[role], ...extra]);
}
