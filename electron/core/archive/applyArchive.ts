import { readFile, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../../../shared/attachments';
import { removeIfUnreferenced, sha256Hex, storeContent } from '../attachments/store';
import { writeFileAtomic } from '../documents/atomicWrite';
import { SYNC_TABLES, TOMBSTONE_TABLE, type SyncTable } from '../db/tableRegistry';
import type { TransactionEffects } from '../transactionEffects';
import { openTableEntry, readFileEntry } from './entryRows';
import { attachmentEntryName, documentEntryName, tableEntryName } from './format';
import type { Cell } from './jsonLines';
import { ArchiveMerge } from './merge';
import { ARCHIVE_CACHE_KIB } from './snapshot';
import { refuse } from './refusal';
import type { VerifiedArchive } from './verify';

/** Files named by the archive's rows: every one must be in the archive, and nothing else. */
interface NamedFiles {
  attachments: Map<string, { sha256: string; kind: AttachmentKind }>;
  documents: Map<string, { relPath: string; sha256: string }>;
}

function collector(t: SyncTable, columns: readonly string[], files: NamedFiles): ((row: Cell[]) => void) | undefined {
  const at = (c: string) => columns.indexOf(c);
  if (t.files === 'attachments') {
    const [sha, kind] = [at('sha256'), at('kind')];
    return (row) => {
      const k = String(row[kind]) as AttachmentKind;
      const ext = ATTACHMENT_KINDS[k]?.extensions[0];
      if (!ext || !/^[0-9a-f]{64}$/.test(String(row[sha]))) throw refuse('archiveFileMismatch', { name: String(row[sha]) });
      files.attachments.set(attachmentEntryName(String(row[sha]), ext), { sha256: String(row[sha]), kind: k });
    };
  }
  if (t.files === 'documents') {
    const [rel, sha] = [at('rel_path'), at('sha256')];
    return (row) => files.documents.set(documentEntryName(String(row[rel])), { relPath: String(row[rel]), sha256: String(row[sha]) });
  }
  return undefined;
}

/** Cross-checks file entries against the rows: attachments must all travel; documents may be left out. */
function checkFiles(verified: VerifiedArchive, files: NamedFiles): void {
  for (const [name, file] of files.attachments) {
    const entry = verified.entries.get(name);
    if (!entry) throw refuse('archiveMissingEntry', { name });
    if (entry.sha256 !== file.sha256) throw refuse('archiveFileMismatch', { name });
  }
  for (const [name, entry] of verified.entries) {
    if (entry.kind.kind === 'attachment' && !files.attachments.has(name)) throw refuse('archiveExtraEntry', { name });
    if (entry.kind.kind === 'document') {
      const doc = files.documents.get(name);
      if (!doc) throw refuse('archiveExtraEntry', { name });
      if (doc.sha256 !== entry.sha256) throw refuse('archiveFileMismatch', { name });
    }
  }
}

/**
 * Merges every table of the archive, parents first, tombstones last, through `raw` (the
 * caller holds the transaction or savepoint). Returns the merge's figures and the files the
 * rows name, already cross-checked against the archive's file entries.
 */
export async function mergeArchive(
  handle: FileHandle,
  verified: VerifiedArchive,
  raw: BetterSqlite3.Database,
  tables: readonly SyncTable[] = SYNC_TABLES,
): Promise<{ merge: ArchiveMerge; files: NamedFiles }> {
  const m = verified.manifest;
  const merge = new ArchiveMerge(raw, m.office.code);
  // A large merge touches many index pages: a bigger cache for its duration, then the usual one.
  const cache = raw.pragma('cache_size', { simple: true }) as number;
  raw.pragma(`cache_size = ${ARCHIVE_CACHE_KIB}`);
  try {
    return await mergeTables(handle, verified, merge, tables);
  } finally {
    raw.pragma(`cache_size = ${cache}`);
  }
}

async function mergeTables(handle: FileHandle, verified: VerifiedArchive, merge: ArchiveMerge, tables: readonly SyncTable[]): Promise<{ merge: ArchiveMerge; files: NamedFiles }> {
  const files: NamedFiles = { attachments: new Map(), documents: new Map() };
  for (const t of tables) {
    const name = tableEntryName(t.name);
    const entry = verified.entries.get(name);
    if (!entry) continue; // An archive of an older schema, before this table existed.
    const { header, rows } = await openTableEntry(handle, name, entry);
    if (t.name === TOMBSTONE_TABLE) await merge.mergeTombstones(header, rows, name);
    else await merge.mergeTable(t, header, rows, name, collector(t, header.columns, files));
  }
  checkFiles(verified, files);
  return { merge, files };
}

/**
 * Puts the archive's files in place: attachments into the content-addressed store (unless an
 * intact copy is there), documents under their stored path (never a path from the archive:
 * the pattern was checked, and the row with that path now exists). Files written for a
 * transaction that then rolls back are removed again.
 */
export async function storeArchiveFiles(
  handle: FileHandle,
  verified: VerifiedArchive,
  files: NamedFiles,
  folders: { attachmentsDir: string; documentsDir: string },
  raw: BetterSqlite3.Database,
  effects: TransactionEffects,
): Promise<number> {
  let written = 0;
  const referenced = (sha: string) => raw.prepare('SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1').get(sha) !== undefined;
  for (const [name, file] of files.attachments) {
    const bytes = await readFileEntry(handle, name, verified.entries.get(name)!);
    const cleanUp = () => effects.onRollback(() => removeIfUnreferenced(folders.attachmentsDir, file.sha256, file.kind, referenced).then(() => undefined));
    if ((await storeContent(folders.attachmentsDir, file.sha256, file.kind, bytes, cleanUp)) === 'created') written += 1;
  }
  for (const [name, doc] of files.documents) {
    const entry = verified.entries.get(name);
    if (!entry) continue;
    const target = join(folders.documentsDir, ...doc.relPath.split('/'));
    const present = await readFile(target).then((b) => sha256Hex(b) === doc.sha256, () => false);
    if (present) continue;
    const bytes = await readFileEntry(handle, name, entry);
    effects.onRollback(() => rm(target, { force: true }));
    await writeFileAtomic(target, bytes);
    written += 1;
  }
  return written;
}
