/**
 * Where the app updater stands, as the quiet status line and the about screen show it.
 * unavailable: not the installed desktop app (browser preview, development build);
 * disabled: an admin switched updates off; notConfigured: no feed address yet;
 * idle: waiting for the first check; offline: skipped, no network (retried soon);
 * checking / downloading (percent) / downloaded (installs on quit or on request) /
 * installing; upToDate; error: the last attempt failed (problem says why, retried soon).
 */
export const UPDATE_STATES = [
  'unavailable',
  'disabled',
  'notConfigured',
  'idle',
  'offline',
  'checking',
  'upToDate',
  'downloading',
  'downloaded',
  'installing',
  'error',
] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

/**
 * unreachable: the feed did not answer (intranet down, DNS, proxy); feedInvalid: it answered
 * without a usable latest.yml; corrupt: the download failed its sha512 check; untrusted: the
 * installer is not signed by the expected publisher; interrupted: the network dropped mid-
 * download; backupFailed: the database could not be backed up, so the update was held back.
 */
export const UPDATE_PROBLEMS = ['unreachable', 'feedInvalid', 'corrupt', 'untrusted', 'interrupted', 'backupFailed', 'failed'] as const;
export type UpdateProblem = (typeof UPDATE_PROBLEMS)[number];

export interface UpdateStatusDto {
  state: UpdateState;
  currentVersion: string;
  /** The version on the feed (downloading, downloaded, installing). */
  availableVersion: string | null;
  /** Download progress 0..100 while downloading. */
  percent: number | null;
  problem: UpdateProblem | null;
  /** When the feed was last asked (UTC ISO), whatever the answer. */
  lastCheckedAt: string | null;
  /** When the next automatic check is due (UTC ISO), if one is scheduled. */
  nextCheckAt: string | null;
}

/** A file Simpul wrote in its data folder, for the about screen. */
export interface DataFileInfoDto {
  at: string;
  fileName: string;
}

export interface AboutDto {
  appVersion: string;
  schemaVersion: number;
  databasePath: string;
  dataDir: string;
  /** Everything under the data folder (database, documents, attachments, backups, caches). */
  dataSize: { bytes: number; files: number };
  /** The newest database backup in the backups folder, or null. */
  lastBackup: DataFileInfoDto | null;
  /** The newest archive exported for head office, or null (none yet). */
  lastExport: DataFileInfoDto | null;
  update: UpdateStatusDto;
  /** False where no file manager can be opened (browser preview): the screen shows the path. */
  canOpenDataFolder: boolean;
}

export interface OpenDataFolderDto {
  opened: boolean;
  path: string;
}
