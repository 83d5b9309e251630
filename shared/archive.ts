/**
 * Archives for head office and backups: constants both the page and the core need.
 * The archive format itself (entries, manifest, limits) lives in electron/core/archive/format.ts.
 */

/** Archive files: a zip container with a signed manifest (README "Archives"). */
export const ARCHIVE_EXTENSION = 'simpul';
/** An office's public signing key, sent to head office once. */
export const KEY_FILE_EXTENSION = 'simpulkey';

/**
 * Files sent from the page as bytes (the browser preview, which has no native dialog): the
 * preview's request limit is 32 MB of JSON, so 20 MB of file (27 MB of base64) fits. The
 * desktop app picks files in a main-process dialog and reads them from disk, with no limit
 * but the archive format's own.
 */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
export const UPLOAD_MAX_BASE64 = Math.ceil(UPLOAD_MAX_BYTES / 3) * 4;
export const KEY_FILE_MAX_CHARS = 4096;

/** An automatic backup is made when the newest one is older than this (at start-up and hourly). */
export const BACKUP_DUE_HOURS = 24;
/** The screen warns when the newest backup (in a folder) is older than this. */
export const BACKUP_OVERDUE_HOURS = 48;

export const BACKUP_KEEP_DAILY_DEFAULT = 7;
export const BACKUP_KEEP_MONTHLY_DEFAULT = 12;

export const EXPORT_KINDS = ['full', 'incremental'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const KEY_STATUSES = ['own', 'trusted', 'unknown'] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];

/** Why a record of an archive was not taken over (import report). */
export const CONFLICT_REASONS = ['localNewer', 'sameTimeDifferent', 'otherOffice', 'rejected', 'changedAfterDeletion'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** Groups a key fingerprint (64 hex digits) for reading aloud on the phone: "AB12 CD34 ...". */
export function formatFingerprint(hex: string, groups = 8): string {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).slice(0, groups).join(' ');
}
