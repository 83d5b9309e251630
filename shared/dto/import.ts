import type { ImportField, ImportMapping } from '../agencyImport';

/**
 * What an import row will do once confirmed:
 * - create: a new agency (and its focal point when the row names one);
 * - addFocal: the agency exists (in the register or on an earlier row): only the focal point is added;
 * - skip: nothing to write (already registered, the same focal point already serves);
 * - conflict: the agency already has a different serving primary focal point: not imported,
 *   the change belongs to "Ganti narahubung" (rotation) on the agency's page;
 * - error: the row must be fixed in the file; while any row has one, nothing is imported.
 */
export type ImportAction = 'create' | 'addFocal' | 'skip' | 'conflict' | 'error';

export interface ImportProblemDto {
  /** The target field, or "row" for the row as a whole. */
  field: ImportField | 'row';
  /** Message key (shared/messages.ts), e.g. "phone", "importGroupUnknown". */
  code: string;
  message: string;
  params?: Record<string, string | number>;
  /** error: blocks the import; warning: the import goes on, this part is not written; info: an explanation. */
  severity: 'error' | 'warning' | 'info';
}

export interface ImportRowDto {
  /** The row number as the spreadsheet program shows it. */
  rowNumber: number;
  /** The mapped values after clean-up (trimmed, phone zeros restored, dates as YYYY-MM-DD). */
  values: Partial<Record<ImportField, string>>;
  action: ImportAction;
  /** The row names a focal point. */
  withFocal: boolean;
  /** The agency in the register this row refers to, if it exists already. */
  existingAgencyId: string | null;
  problems: ImportProblemDto[];
}

export interface ImportColumnDto {
  index: number;
  /** "A", "B", ... */
  letter: string;
  header: string;
  /** A few non-empty values of the column, for the mapping step. */
  samples: string[];
}

export interface ImportCountsDto {
  rows: number;
  create: number;
  addFocal: number;
  skip: number;
  conflict: number;
  error: number;
  warnings: number;
  /** What confirming writes. */
  agencies: number;
  focalPoints: number;
}

export interface ImportUnknownGroupDto {
  /** The text as written in the file. */
  text: string;
  /** The key a choice for it is sent under (groupMap). */
  key: string;
  rows: number[];
}

export interface ImportPreviewDto {
  fileName: string;
  fileSha256: string;
  format: 'xlsx' | 'csv';
  /** CSV only: the separator found and the text encoding read. */
  delimiter: string | null;
  encoding: string | null;
  sheets: string[];
  sheet: string | null;
  headerRowNumber: number;
  columns: ImportColumnDto[];
  suggestedMapping: ImportMapping;
  appliedMapping: ImportMapping;
  /** Problems of the mapping itself (e.g. no column chosen for the agency name). */
  mappingProblems: ImportProblemDto[];
  unknownGroups: ImportUnknownGroupDto[];
  rows: ImportRowDto[];
  counts: ImportCountsDto;
  /** Sent back with the commit: the plan confirmed must be the plan shown. */
  planDigest: string;
  canCommit: boolean;
}

export interface ImportResultDto {
  importId: string;
  agenciesCreated: number;
  personsCreated: number;
  assignmentsCreated: number;
  skipped: number;
  conflicts: Array<{ rowNumber: number; agencyId: string | null; agencyName: string }>;
  agencies: Array<{ id: string; name: string }>;
}
