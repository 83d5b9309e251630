import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../../../shared/attachments';
import { storedFilePath } from '../attachments/store';
import type { SyncTable } from '../db/tableRegistry';
import { syncDirectory } from '../documents/atomicWrite';
import { CONCEALED_COLUMN, concealmentFor, concealPlan, hasConcealedColumn } from './conceal';
import type { ExportJobProgress } from './exportJobs';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, attachmentEntryName, documentEntryName, MANIFEST_ENTRY, SIGNATURE_ENTRY, tableEntryName, type Manifest } from './format';
import { headerLine, type Cell } from './jsonLines';
import { signManifest, type OfficeKey } from './officeKey';
import type { ExportSnapshot } from './snapshot';
import { ZipFileWriter, type WrittenEntry } from './zipWriter';

export interface ArchivePlan {
  exportId: string;
  officeCode: string;
  officeName: string;
  kind: Manifest['kind'];
  since: string | null;
  previousExportId: string | null;
  includeConfidential: boolean;
  includeDocuments: boolean;
  appVersion: string;
  schemaVersion: number;
  createdAt: Date;
  fileName: string;
}

export interface ArchiveFolders {
  exportsDir: string;
  attachmentsDir: string;
  documentsDir: string;
}

export interface WrittenArchive {
  path: string;
  sizeBytes: number;
  sha256: string;
  through: string;
  counts: Record<string, number>;
  rowCount: number;
  fileCount: number;
  documentsMissing: number;
}

const ROWS_PER_TURN = 500;
const TEXT_BATCH = 256 * 1024;
const DOCUMENT_REL_RE = /^\d{4}\/[0-9a-f-]{36}\.(pdf|xlsx|docx)$/;

interface FileToCopy {
  entry: string;
  path: string;
  sha256: string;
}

/** The files that travel with the rows just written (attachments always, documents on request). */
function fileOf(t: SyncTable, columns: readonly string[], row: Cell[], folders: ArchiveFolders, plan: ArchivePlan): FileToCopy | null | 'missing' {
  const col = (name: string) => row[columns.indexOf(name)];
  if (t.files === 'attachments') {
    const sha256 = String(col('sha256'));
    const kind = String(col('kind')) as AttachmentKind;
    const ext = ATTACHMENT_KINDS[kind]?.extensions[0];
    if (!ext) throw new Error(`attachment of unknown kind ${kind}`);
    return { entry: attachmentEntryName(sha256, ext), path: storedFilePath(folders.attachmentsDir, sha256, kind), sha256 };
  }
  if (t.files === 'documents' && plan.includeDocuments) {
    const rel = String(col('rel_path'));
    if (!DOCUMENT_REL_RE.test(rel)) return 'missing';
    return { entry: documentEntryName(rel), path: join(folders.documentsDir, ...rel.split('/')), sha256: String(col('sha256')) };
  }
  return null;
}

/**
 * Writes the archive for `plan` from the snapshot: to a temporary file in the exports folder,
 * flushed to disk, then renamed to its final name. Until the rename there is no .simpul file;
 * a crash, a full disk or a cancel leaves at most the temporary file, which lacks the zip's
 * central directory (written last) and so never verifies. Between batches of rows the event
 * loop gets its turn, so requests keep being served.
 */
export async function writeArchive(
  plan: ArchivePlan,
  snapshot: ExportSnapshot,
  tables: readonly SyncTable[],
  key: OfficeKey,
  folders: ArchiveFolders,
  progress: ExportJobProgress,
  check: () => void,
): Promise<WrittenArchive> {
  await mkdir(folders.exportsDir, { recursive: true });
  const finalPath = join(folders.exportsDir, plan.fileName);
  const tempPath = join(folders.exportsDir, `.${plan.fileName}.${plan.exportId.slice(-12)}.tmp`);
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t.name] = snapshot.count(t, plan.officeCode, plan.since);
  progress.total = Object.values(counts).reduce((a, b) => a + b, 0);

  const handle = await open(tempPath, 'wx');
  let closed = false;
  try {
    const zip = new ZipFileWriter(handle, plan.createdAt);
    const entries: WrittenEntry[] = [];
    const files = new Map<string, FileToCopy>();
    let documentsMissing = 0;
    let through: string | null = null;
    const written: Record<string, number> = {};
    const hiding = plan.includeConfidential ? null : concealPlan(snapshot, tables, plan.officeCode, key.pseudonymSecret);

    for (const t of tables) {
      const columns = snapshot.columns(t.name);
      const transform = concealmentFor(t, columns, hiding);
      const sink = zip.entry(tableEntryName(t.name), true);
      let text = headerLine({ table: t.name, columns: hasConcealedColumn(t, hiding) ? [...columns, CONCEALED_COLUMN] : columns });
      let n = 0;
      let kept = 0;
      for (const raw of snapshot.rows(t, columns, plan.officeCode, plan.since)) {
        const row = transform ? transform(raw) : raw;
        n += 1;
        if (row !== null) {
          const file = fileOf(t, columns, row, folders, plan);
          if (file === 'missing') documentsMissing += 1;
          else if (file) files.set(file.entry, file);
          text += `${JSON.stringify(row)}\n`;
          kept += 1;
        }
        if (text.length >= TEXT_BATCH) {
          await sink.write(Buffer.from(text, 'utf8'));
          text = '';
        }
        if (n % ROWS_PER_TURN === 0) {
          progress.done += ROWS_PER_TURN;
          progress.bytesWritten = zip.bytesWritten;
          await yieldToEventLoop();
          check();
        }
      }
      await sink.write(Buffer.from(text, 'utf8'));
      entries.push(await sink.close());
      progress.done += n % ROWS_PER_TURN;
      if (n !== counts[t.name]) throw new Error(`snapshot changed while reading ${t.name}`);
      written[t.name] = kept;
      const newest = snapshot.newestChange(t, plan.officeCode);
      if (newest !== null && (through === null || newest > through)) through = newest;
    }

    progress.phase = 'files';
    progress.total += files.size;
    for (const file of files.values()) {
      const sink = zip.entry(file.entry, false);
      const hash = createHash('sha256');
      try {
        for await (const chunk of createReadStream(file.path, { highWaterMark: 256 * 1024 })) {
          hash.update(chunk as Buffer);
          await sink.write(chunk as Buffer);
          check();
        }
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') throw new Error(`berkas ${file.entry} tidak ada di folder data`, { cause: error });
        throw error;
      }
      if (hash.digest('hex') !== file.sha256) throw new Error(`berkas ${file.entry} di folder data rusak atau berubah`);
      entries.push(await sink.close());
      progress.done += 1;
      progress.bytesWritten = zip.bytesWritten;
    }

    progress.phase = 'finishing';
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      schemaVersion: plan.schemaVersion,
      appVersion: plan.appVersion,
      exportId: plan.exportId,
      office: { code: plan.officeCode, name: plan.officeName },
      kind: plan.kind,
      since: plan.since,
      through: through ?? plan.createdAt.toISOString(),
      previousExportId: plan.previousExportId,
      createdAt: plan.createdAt.toISOString(),
      confidential: plan.includeConfidential ? 'included' : 'pseudonymised',
      includesDocuments: plan.includeDocuments,
      tables: Object.fromEntries(tables.map((t) => [t.name, { rows: written[t.name]! }])),
      entries,
      keyFingerprint: key.fingerprint,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`, 'utf8');
    await zip.add(MANIFEST_ENTRY, manifestBytes, true);
    const signature = { algorithm: 'Ed25519', publicKey: key.publicKeyDer.toString('base64'), signature: signManifest(key, manifestBytes).toString('base64') };
    await zip.add(SIGNATURE_ENTRY, Buffer.from(JSON.stringify(signature), 'utf8'), false);
    await zip.finish();
    check();
    await handle.sync();
    await handle.close();
    closed = true;
    await rename(tempPath, finalPath);
    await syncDirectory(folders.exportsDir);
    return {
      path: finalPath,
      sizeBytes: zip.bytesWritten,
      sha256: zip.sha256(),
      through: manifest.through,
      counts: written,
      rowCount: Object.values(written).reduce((a, b) => a + b, 0),
      fileCount: files.size,
      documentsMissing,
    };
  } catch (error) {
    if (!closed) await handle.close().catch(() => undefined);
    await rm(tempPath, { force: true });
    throw error;
  }
}
