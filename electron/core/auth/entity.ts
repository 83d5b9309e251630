import { EntitySchema } from 'typeorm';
import type { Role } from '../../../shared/permissions';
import { baseColumns, boolColumn, type BaseRecord } from '../db/baseColumns';

/** A local account. passwordHash never leaves the core: services return UserDto. */
export interface User extends BaseRecord {
  username: string;
  /** Lower-cased user name: unique, so "Siti" and "siti" cannot both exist. */
  usernameKey: string;
  fullName: string;
  role: Role;
  canSeeConfidential: boolean;
  active: boolean;
  passwordHash: string;
  mustChangePassword: boolean;
  passwordChangedAt: string;
  failedLoginCount: number;
  lastFailedLoginAt: string | null;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  deactivatedAt: string | null;
}

export const UserEntity = new EntitySchema<User>({
  name: 'User',
  tableName: 'users',
  columns: {
    ...baseColumns,
    username: { type: 'text' },
    usernameKey: { name: 'username_key', type: 'text' },
    fullName: { name: 'full_name', type: 'text' },
    role: { type: 'text' },
    canSeeConfidential: boolColumn('can_see_confidential'),
    active: boolColumn('active'),
    passwordHash: { name: 'password_hash', type: 'text' },
    mustChangePassword: boolColumn('must_change_password'),
    passwordChangedAt: { name: 'password_changed_at', type: 'text' },
    failedLoginCount: { name: 'failed_login_count', type: 'integer' },
    lastFailedLoginAt: { name: 'last_failed_login_at', type: 'text', nullable: true },
    lockedUntil: { name: 'locked_until', type: 'text', nullable: true },
    lastLoginAt: { name: 'last_login_at', type: 'text', nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'text', nullable: true },
  },
});
