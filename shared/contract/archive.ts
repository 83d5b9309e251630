import { z } from 'zod';
import { EXPORT_KINDS, KEY_FILE_MAX_CHARS, UPLOAD_MAX_BASE64 } from '../archive';
import type {
  ArchiveExportDto,
  ArchiveImportDto,
  ArchivePreviewDto,
  ArchiveStatusDto,
  ArchiveVerifyDto,
  ExportProgressDto,
  KeyFileDto,
  StagedFileDto,
  TrustedKeyDto,
} from '../dto';
import { optionalLine, recordId } from '../validation';
import { delivery, mutation, query } from './define';

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;
const TOKEN_RE = /^[A-Za-z0-9_-]{16,64}$/;

export const stagedToken = () => z.string({ error: 'required' }).regex(TOKEN_RE, { error: 'archiveStagedMissing' });

export const exportStartInput = z
  .object({
    kind: z.enum(EXPORT_KINDS, { error: 'invalidOption' }),
    /** Reporter identities as they are; needs confidential.read and is recorded with the export. */
    includeConfidential: z.boolean().default(false),
    /** The generated PDFs and workbooks (letters, directories) as files. */
    includeDocuments: z.boolean().default(false),
  })
  .strict();
export type ExportStartInput = z.input<typeof exportStartInput>;

/**
 * A file for verify/preview/import or restore: chosen in the desktop's own dialog (the page
 * never names a path), or sent as bytes by the browser preview (size-limited).
 */
export const stageInput = z.discriminatedUnion('source', [
  z.object({ source: z.literal('dialog'), purpose: z.enum(['archive', 'backup']) }).strict(),
  z
    .object({
      source: z.literal('upload'),
      purpose: z.enum(['archive', 'backup']),
      fileName: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(260),
      base64: z.string({ error: 'required' }).max(UPLOAD_MAX_BASE64, { error: 'uploadTooLarge' }).regex(BASE64_RE, { error: 'invalidType' }),
    })
    .strict(),
]);
export type StageInput = z.input<typeof stageInput>;

const keyText = z.string({ error: 'required' }).min(1, { error: 'required' }).max(KEY_FILE_MAX_CHARS, { error: 'archiveKeyFileInvalid' });
const empty = z.object({}).strict().default({});

export const archiveChannels = {
  /** Office, own key, last export/import/backup and whether backups are overdue. */
  'archive.status': query<ArchiveStatusDto>()(empty, 'app.read'),
  /** Starts an export in the background from a consistent snapshot; poll exportProgress. */
  'archive.exportStart': mutation<ArchiveExportDto>()(exportStartInput, 'records.write'),
  'archive.exportProgress': query<ExportProgressDto>()(z.object({ id: recordId() }).strict(), 'app.read'),
  'archive.exports': query<ArchiveExportDto[]>()(empty, 'app.read'),
  /** Hands a finished archive to the user (save dialog, e.g. onto a USB drive). */
  'archive.deliver': delivery()(z.object({ id: recordId(), mode: z.enum(['open', 'saveAs']).default('saveAs') }).strict(), 'records.write'),
  /** This office's public key as a small file for head office. */
  'archive.deliverOwnKey': delivery()(z.object({ mode: z.enum(['open', 'saveAs']).default('saveAs') }).strict(), 'app.read'),
  'archive.keys': query<TrustedKeyDto[]>()(empty, 'app.read'),
  /** Reads a public key file and shows its fingerprint, to compare with the sender before trusting. */
  'archive.readKey': query<KeyFileDto>()(z.object({ text: keyText }).strict(), 'backup.restore'),
  'archive.trustKey': mutation<TrustedKeyDto>()(z.object({ text: keyText, note: optionalLine(200) }).strict(), 'backup.restore'),
  'archive.setKeyActive': mutation<TrustedKeyDto>()(z.object({ id: recordId(), active: z.boolean() }).strict(), 'backup.restore'),
  /** Holds a chosen file under a token (writes no record). */
  'archive.stage': query<StagedFileDto | null>()(stageInput, 'app.read'),
  'archive.verify': query<ArchiveVerifyDto>()(z.object({ token: stagedToken() }).strict(), 'app.read'),
  /** Per table: new / changed / unchanged / conflicting, from a trial merge that is rolled back. */
  'archive.preview': query<ArchivePreviewDto>()(z.object({ token: stagedToken() }).strict(), 'backup.restore'),
  'archive.import': mutation<ArchiveImportDto>()(
    z.object({ token: stagedToken(), acceptUnknownKey: z.boolean().default(false) }).strict(),
    'backup.restore',
  ),
  'archive.imports': query<ArchiveImportDto[]>()(empty, 'app.read'),
};
