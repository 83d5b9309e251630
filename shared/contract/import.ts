import { z } from 'zod';
import { IMPORT_FIELDS, IMPORT_MAX_BASE64, IMPORT_MAX_COLUMNS } from '../agencyImport';
import type { GeneratedDocumentDto, ImportPreviewDto, ImportResultDto } from '../dto';
import { recordId } from '../validation';
import { mutation, query } from './define';

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

/** The file as the page read it: its name (shown, audited) and its bytes in base64. */
const fileFields = {
  fileName: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(260),
  base64: z
    .string({ error: 'required' })
    .max(IMPORT_MAX_BASE64, { error: 'importTooLarge' })
    .regex(BASE64_RE, { error: 'importUnreadable' }),
};

const mapping = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(IMPORT_MAX_COLUMNS - 1).nullable());

/** The office's choice for group names the file uses but the register does not know. */
const groupMap = z.record(z.string().max(200), recordId()).refine((m) => Object.keys(m).length <= 200, { error: 'invalidType' });

export const importPreviewInput = z
  .object({
    ...fileFields,
    sheet: z.string().max(200).optional(),
    /** Absent: the suggested mapping is applied. */
    mapping: mapping.optional(),
    groupMap: groupMap.optional(),
  })
  .strict();
export type ImportPreviewInput = z.input<typeof importPreviewInput>;

export const importCommitInput = z
  .object({
    ...fileFields,
    sheet: z.string().max(200).optional(),
    mapping,
    groupMap: groupMap.optional(),
    /** The file previewed: a different file is refused. */
    expectedSha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'invalidType' }),
    /** The plan previewed: if the data or the choices changed since, the commit is refused. */
    expectedPlanDigest: z.string().regex(/^[0-9a-f]{64}$/, { error: 'invalidType' }),
  })
  .strict();
export type ImportCommitInput = z.input<typeof importCommitInput>;

export const importChannels = {
  /** Reads the file and shows what an import would do; writes nothing. */
  'import.preview': query<ImportPreviewDto>()(importPreviewInput, 'records.write'),
  /** Re-reads and re-checks the same file, then imports all of it or nothing. */
  'import.commit': mutation<ImportResultDto>()(importCommitInput, 'records.write'),
  /** An empty workbook with the Indonesian column headers and an example row. */
  'import.template': mutation<GeneratedDocumentDto>()(z.object({}).strict(), 'records.write'),
};
