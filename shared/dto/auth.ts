/**
 * Users, sessions and the audit trail as they cross the process boundary. No shape here
 * carries a password, a password hash, a salt or a session id: the session id stays with the
 * transport (desktop main process, preview server), never in the page.
 */
import type { Permission, Role } from '../permissions';

export interface UserDto {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  canSeeConfidential: boolean;
  active: boolean;
  /** Set by an administrator's reset: the next sign-in must choose a new password. */
  mustChangePassword: boolean;
  /** Temporarily locked after repeated failed sign-ins, until this UTC time. */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The signed-in user as the page needs them. */
export interface SessionUserDto {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  canSeeConfidential: boolean;
}

export interface SessionDto {
  user: SessionUserDto;
  permissions: Permission[];
  /** Locked after idle time or on request: the same user unlocks with the password. */
  locked: boolean;
  mustChangePassword: boolean;
  /** The office's idle lock, so the page can lock itself a moment before the core would. */
  idleLockMinutes: number;
  startedAt: string;
}

export interface AuthStatusDto {
  /** No user exists yet: the first screen creates the administrator. */
  setupRequired: boolean;
  /** This window's (or browser tab's) session, or null when no one is signed in. */
  session: SessionDto | null;
}

export interface AuditEntryDto {
  id: string;
  /** Position in the hash chain, 1 = the oldest entry. */
  seq: number;
  at: string;
  actorId: string;
  actorName: string;
  transport: string;
  channel: string;
  action: string;
  entity: string;
  entityId: string;
  /** The record before and after the change, parsed (null where there was none). */
  before: unknown;
  after: unknown;
  hash: string;
}

export interface AuditFacetsDto {
  actors: Array<{ id: string; name: string }>;
  entities: string[];
  channels: string[];
  actions: string[];
}

export type AuditBreakReason = 'contentChanged' | 'linkBroken' | 'entryMissing' | 'sequenceInvalid';

export interface AuditVerifyDto {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  /** The newest entry's position and hash: write it down (or archive it) to detect truncation later. */
  head: { seq: number; hash: string } | null;
  /** The first entry where the chain does not hold. */
  broken: { id: string; position: number; reason: AuditBreakReason } | null;
  checkedAt: string;
}
