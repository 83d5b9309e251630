import { z } from 'zod';
import { EXPORT_KINDS } from '../../../shared/archive';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/attachments';

/**
 * The .simpul archive (README "Archives"): a zip holding
 *   data/<table>.jsonl                 one per synchronised table: a header line
 *                                      {"table","columns"} then one JSON array per row
 *   files/attachments/<sha256>.<ext>   the attached files of exported attachment rows
 *   files/documents/<yyyy>/<id>.<ext>  generated documents, when asked for
 *   manifest.json                      what the archive is, counts, SHA-256 of every entry
 *   manifest.sig                       Ed25519 signature of manifest.json's exact bytes
 * Entry names are never used as paths: every file is written to a place computed from
 * validated record data, and any name outside these patterns refuses the archive.
 */
export const ARCHIVE_FORMAT = 'simpul-archive';
/** Bumped when an older Simpul could no longer read the archive correctly. */
export const ARCHIVE_FORMAT_VERSION = 1;
/** The first schema that knows this format (migration 0008). */
export const ARCHIVE_MIN_SCHEMA = 8;

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';

/** Limits that keep a hostile file from filling memory or disk (decompression bombs). */
export const LIMITS = {
  archiveBytes: 3 * 1024 ** 3,
  entries: 500_000,
  centralDirectoryBytes: 128 * 1024 ** 2,
  manifestBytes: 16 * 1024 ** 2,
  signatureBytes: 8 * 1024,
  dataEntryBytes: 2 * 1024 ** 3,
  attachmentBytes: MAX_ATTACHMENT_BYTES,
  documentBytes: 64 * 1024 ** 2,
  totalBytes: 16 * 1024 ** 3,
  /** One JSON line (a row); the longest real rows (a logo as data URL) are well below. */
  lineBytes: 8 * 1024 ** 2,
} as const;

const TABLE_RE = /^data\/([a-z_][a-z0-9_]{0,62})\.jsonl$/;
const ATTACHMENT_RE = /^files\/attachments\/([0-9a-f]{64})\.(pdf|png|jpg|docx|xlsx)$/;
const DOCUMENT_RE = /^files\/documents\/(\d{4}\/[0-9a-f-]{36}\.(?:pdf|xlsx|docx))$/;

export type EntryKind =
  | { kind: 'manifest' }
  | { kind: 'signature' }
  | { kind: 'table'; table: string }
  | { kind: 'attachment'; sha256: string; ext: string }
  | { kind: 'document'; relPath: string };

/** What an entry name means, or null for a name no Simpul archive contains. */
export function classifyEntry(name: string): EntryKind | null {
  if (name === MANIFEST_ENTRY) return { kind: 'manifest' };
  if (name === SIGNATURE_ENTRY) return { kind: 'signature' };
  let m = TABLE_RE.exec(name);
  if (m) return { kind: 'table', table: m[1]! };
  m = ATTACHMENT_RE.exec(name);
  if (m) return { kind: 'attachment', sha256: m[1]!, ext: m[2]! };
  m = DOCUMENT_RE.exec(name);
  if (m) return { kind: 'document', relPath: m[1]! };
  return null;
}

export function entryLimit(kind: EntryKind): number {
  switch (kind.kind) {
    case 'manifest':
      return LIMITS.manifestBytes;
    case 'signature':
      return LIMITS.signatureBytes;
    case 'table':
      return LIMITS.dataEntryBytes;
    case 'attachment':
      return LIMITS.attachmentBytes;
    case 'document':
      return LIMITS.documentBytes;
  }
}

export const tableEntryName = (table: string) => `data/${table}.jsonl`;
export const attachmentEntryName = (sha256: string, ext: string) => `files/attachments/${sha256}.${ext}`;
export const documentEntryName = (relPath: string) => `files/documents/${relPath}`;

const sha = z.string().regex(/^[0-9a-f]{64}$/);
const iso = z.string().max(40).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);

/** Only the version fields, read first so a newer format is named as such, not as "invalid". */
export const manifestHead = z.object({ format: z.string(), formatVersion: z.number().int(), schemaVersion: z.number().int() });

export const manifestSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    formatVersion: z.number().int().min(1),
    schemaVersion: z.number().int().min(1),
    appVersion: z.string().max(40),
    exportId: z.string().regex(/^[0-9a-f-]{36}$/),
    office: z.object({ code: z.string().regex(/^[A-Z0-9]{2,12}$/), name: z.string().max(300) }).strict(),
    kind: z.enum(EXPORT_KINDS),
    since: iso.nullable(),
    through: iso,
    previousExportId: z.string().regex(/^[0-9a-f-]{36}$/).nullable(),
    createdAt: iso,
    confidential: z.enum(['pseudonymised', 'included']),
    includesDocuments: z.boolean(),
    tables: z.record(z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/), z.object({ rows: z.number().int().min(0) }).strict()),
    entries: z.array(z.object({ name: z.string().max(200), size: z.number().int().min(0), sha256: sha }).strict()).max(LIMITS.entries),
    keyFingerprint: sha,
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

export const signatureSchema = z
  .object({ algorithm: z.literal('Ed25519'), publicKey: z.string().max(200), signature: z.string().max(200) })
  .strict();
export type ManifestSignature = z.infer<typeof signatureSchema>;
