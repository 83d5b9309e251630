import type { ConflictReason, ExportKind, KeyStatus } from '../archive';

/** One export made by this office (Arsip & Cadangan > Ekspor). */
export interface ArchiveExportDto {
  id: string;
  kind: ExportKind;
  /** "interrupted": the app stopped while it ran; no usable file exists. */
  status: 'running' | 'completed' | 'failed' | 'interrupted';
  since: string | null;
  through: string | null;
  includeConfidential: boolean;
  includeDocuments: boolean;
  fileName: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  rowCount: number | null;
  fileCount: number | null;
  error: string;
  actorName: string;
  createdAt: string;
  completedAt: string | null;
}

export interface ExportProgressDto {
  id: string;
  status: ArchiveExportDto['status'];
  phase: 'reading' | 'files' | 'finishing' | 'done';
  /** Units done of total (rows plus files), for the progress bar. */
  done: number;
  total: number;
  bytesWritten: number;
  export: ArchiveExportDto;
}

/** A file the user chose, held by the core under a token until it is verified or imported. */
export interface StagedFileDto {
  token: string;
  fileName: string;
  sizeBytes: number;
  purpose: 'archive' | 'backup';
}

export interface ArchiveManifestSummaryDto {
  exportId: string;
  officeCode: string;
  officeName: string;
  kind: ExportKind;
  since: string | null;
  through: string;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  formatVersion: number;
  confidential: 'pseudonymised' | 'included';
  includesDocuments: boolean;
  /** Rows per table. */
  tables: Record<string, number>;
  fileCount: number;
  totalBytes: number;
}

export interface ArchiveSignerDto {
  status: KeyStatus;
  fingerprint: string;
  /** The office the key is registered for (own or trusted keys). */
  officeCode: string | null;
}

/** Result of checking an archive: either a summary, or what is wrong with it. */
export interface ArchiveVerifyDto {
  ok: boolean;
  fileName: string;
  sizeBytes: number;
  /** Set when ok is false: the message says what is wrong, in the request's language. */
  problem: { key: string; message: string } | null;
  manifest: ArchiveManifestSummaryDto | null;
  signer: ArchiveSignerDto | null;
  warnings: string[];
}

export interface TableMergeStatsDto {
  table: string;
  new: number;
  changed: number;
  unchanged: number;
  conflicting: number;
  deleted: number;
}

export interface ConflictDto {
  table: string;
  id: string;
  reason: ConflictReason;
  localChangedAt: string | null;
  archiveChangedAt: string | null;
  detail: string;
}

export interface ArchivePreviewDto {
  verify: ArchiveVerifyDto;
  tables: TableMergeStatsDto[];
  totals: Omit<TableMergeStatsDto, 'table'>;
  /** The first conflicts (all are counted in totals). */
  conflicts: ConflictDto[];
  warnings: string[];
}

/** One archive merged into this database (head office side), with its report. */
export interface ArchiveImportDto {
  id: string;
  sourceOfficeCode: string;
  sourceOfficeName: string;
  exportId: string;
  archiveKind: ExportKind;
  archiveCreatedAt: string;
  fileName: string;
  keyStatus: KeyStatus;
  confidential: 'pseudonymised' | 'included';
  tables: TableMergeStatsDto[];
  totals: Omit<TableMergeStatsDto, 'table'>;
  conflicts: ConflictDto[];
  conflictCount: number;
  actorName: string;
  createdAt: string;
}

export interface TrustedKeyDto {
  id: string;
  officeCode: string;
  officeName: string;
  fingerprint: string;
  active: boolean;
  note: string;
  createdAt: string;
}

/** A public key file as read, before it is trusted. */
export interface KeyFileDto {
  officeCode: string;
  officeName: string;
  fingerprint: string;
  createdAt: string;
  /** Already in the list (and whether still active), or this office's own key. */
  known: 'own' | 'trusted' | 'revoked' | null;
}

export interface BackupFileDto {
  folder: 'app' | 'user';
  fileName: string;
  sizeBytes: number;
  createdAt: string;
  /** What made it: "backup" (daily or on demand, rotated), "pre-restore", "pre-migration-v4", ... */
  label: string;
}

export interface BackupFolderStateDto {
  /** Shown to the user; never sent back by the page. */
  path: string | null;
  available: boolean;
  newest: string | null;
  overdue: boolean;
}

export interface BackupStatusDto {
  app: BackupFolderStateDto;
  user: BackupFolderStateDto;
  keepDaily: number;
  keepMonthly: number;
  lastError: string | null;
  files: BackupFileDto[];
}

export interface BackupRunDto {
  written: BackupFileDto[];
  /** A folder that could not be written (e.g. the USB drive is not plugged in). */
  failed: Array<{ folder: 'app' | 'user'; message: string }>;
  removed: number;
}

export interface RestoreResultDto {
  restored: boolean;
  /** The copy of the database as it was just before the restore. */
  safetyBackup: string | null;
  message: string;
}

/** Everything the "Arsip & Cadangan" screen shows at the top. */
export interface ArchiveStatusDto {
  officeCode: string | null;
  officeName: string | null;
  ownKeyFingerprint: string | null;
  lastExport: ArchiveExportDto | null;
  lastImport: ArchiveImportDto | null;
  runningExportId: string | null;
  backup: BackupStatusDto;
  /** The desktop app picks files and folders in native dialogs; the browser preview uploads. */
  canChooseFiles: boolean;
  uploadMaxBytes: number;
  mayIncludeConfidential: boolean;
}
