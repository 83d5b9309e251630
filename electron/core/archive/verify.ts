import { createHash } from 'node:crypto';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { KeyStatus } from '../../../shared/archive';
import { syncTable } from '../db/tableRegistry';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, ARCHIVE_MIN_SCHEMA, classifyEntry, entryLimit, LIMITS, MANIFEST_ENTRY, manifestHead, manifestSchema, SIGNATURE_ENTRY, signatureSchema, type EntryKind, type Manifest } from './format';
import { parseHeader } from './jsonLines';
import { fingerprintOf, verifyManifest } from './officeKey';
import { refuse, sizeLabel } from './refusal';
import { readCentralDirectory, readEntry, readWholeEntry, type ZipEntry } from './zipReader';

/** What the importing installation knows about a key. */
export type KnownKey = { status: 'own' | 'trusted' | 'revoked'; officeCode: string };

export interface VerifiedArchive {
  manifest: Manifest;
  /** The archive's identity: SHA-256 of the signed manifest bytes. */
  manifestSha256: string;
  signer: { status: KeyStatus; fingerprint: string; officeCode: string | null };
  entries: Map<string, { zip: ZipEntry; kind: EntryKind; sha256: string }>;
  sizeBytes: number;
}

export interface VerifyOptions {
  schemaVersion: number;
  lookupKey(fingerprint: string): KnownKey | null;
  /** Whether an active key (own or trusted) is registered for the office. */
  officeHasKey(officeCode: string): boolean;
  /** Called as entries are checked (bytes of uncompressed content), for progress. */
  onProgress?(done: number, total: number): void;
}

/** Opens the archive and runs `fn` with it; the handle is always closed. */
export async function withArchive<T>(path: string, fn: (handle: FileHandle, size: number) => Promise<T>): Promise<T> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw refuse('archiveStagedMissing');
  }
  const handle = await open(path, 'r');
  try {
    return await fn(handle, size);
  } finally {
    await handle.close();
  }
}

function readManifest(bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw refuse('archiveManifestInvalid', { detail: 'bukan JSON' });
  }
  const head = manifestHead.safeParse(json);
  if (!head.success || head.data.format !== ARCHIVE_FORMAT) throw refuse('archiveNotZip', { detail: 'daftar isinya bukan milik arsip Simpul' });
  if (head.data.formatVersion > ARCHIVE_FORMAT_VERSION) throw refuse('archiveFormatNewer', { found: head.data.formatVersion, supported: ARCHIVE_FORMAT_VERSION });
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw refuse('archiveManifestInvalid', { detail: parsed.error.issues[0]?.path.join('.') || 'isi' });
  return parsed.data;
}

function checkVersions(m: Manifest, schemaVersion: number): void {
  if (m.schemaVersion > schemaVersion) throw refuse('archiveSchemaNewer', { found: m.schemaVersion, supported: schemaVersion });
  if (m.schemaVersion < ARCHIVE_MIN_SCHEMA) throw refuse('archiveSchemaOld', { found: m.schemaVersion });
}

function signerOf(m: Manifest, fingerprint: string, opts: VerifyOptions): VerifiedArchive['signer'] {
  const known = opts.lookupKey(fingerprint);
  // An office whose key is registered signs with it: another key claiming that office is a
  // forgery, or a reinstalled office whose new key must be checked and trusted first.
  if (!known && opts.officeHasKey(m.office.code)) throw refuse('archiveKeyNotRegistered', { office: m.office.code, fingerprint: fingerprint.slice(0, 16).toUpperCase() });
  if (!known) return { status: 'unknown', fingerprint, officeCode: null };
  if (known.status === 'revoked') throw refuse('archiveKeyRevoked', { fingerprint: fingerprint.slice(0, 16).toUpperCase() });
  if (known.officeCode !== m.office.code) throw refuse('archiveKeyOtherOffice', { keyOffice: known.officeCode, office: m.office.code });
  return { status: known.status, fingerprint, officeCode: known.officeCode };
}

/** Every entry the manifest lists is in the zip and nothing else is; table entries match the counts. */
function matchEntries(m: Manifest, zipEntries: Map<string, { zip: ZipEntry; kind: EntryKind }>): void {
  const listed = new Set<string>();
  for (const e of m.entries) {
    const kind = classifyEntry(e.name);
    if (!kind || kind.kind === 'manifest' || kind.kind === 'signature') throw refuse('archiveEntryName', { name: e.name });
    if (listed.has(e.name)) throw refuse('archiveDuplicateEntry', { name: e.name });
    listed.add(e.name);
    const inZip = zipEntries.get(e.name);
    if (!inZip) throw refuse('archiveMissingEntry', { name: e.name });
    if (inZip.zip.size !== e.size) throw refuse('archiveEntryTooLarge', { name: e.name, size: sizeLabel(inZip.zip.size) });
    if (kind.kind === 'table') {
      if (!syncTable(kind.table)) throw refuse('archiveUnknownTable', { name: kind.table });
      if (!m.tables[kind.table]) throw refuse('archiveManifestInvalid', { detail: `jumlah baris ${kind.table}` });
    }
  }
  for (const name of zipEntries.keys()) {
    if (name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY && !listed.has(name)) throw refuse('archiveExtraEntry', { name });
  }
  for (const table of Object.keys(m.tables)) {
    if (!listed.has(`data/${table}.jsonl`)) throw refuse('archiveMissingEntry', { name: `data/${table}.jsonl` });
  }
  const total = m.entries.reduce((sum, e) => sum + e.size, 0);
  if (total > LIMITS.totalBytes) throw refuse('archiveTooLarge', { size: sizeLabel(total), max: sizeLabel(LIMITS.totalBytes) });
}

/**
 * Streams one entry: its SHA-256 and, for tables, the header and the row count. The digest is
 * compared before anything is parsed, so a damaged entry is reported as damaged.
 */
async function checkEntry(handle: FileHandle, name: string, zip: ZipEntry, kind: EntryKind, m: Manifest, sha256: string, progress: (bytes: number) => void): Promise<void> {
  const hash = createHash('sha256');
  let newlines = 0;
  let last = 0x0a;
  const head: Buffer[] = [];
  let headBytes = 0;
  let headDone = kind.kind !== 'table';
  for await (const raw of readEntry(handle, zip, entryLimit(kind))) {
    const chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    hash.update(chunk);
    progress(chunk.length);
    if (kind.kind !== 'table') continue;
    for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) newlines += 1;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
    if (!headDone) {
      const end = chunk.indexOf(0x0a);
      head.push(end >= 0 ? chunk.subarray(0, end) : chunk);
      headBytes += end >= 0 ? end : chunk.length;
      headDone = end >= 0 || headBytes > LIMITS.lineBytes;
    }
  }
  if (hash.digest('hex') !== sha256) throw refuse('archiveChecksum', { name });
  if (kind.kind !== 'table') return;
  // A correct digest with a wrong header or count is a bad manifest (or a bad writer).
  parseHeader(newlines === 0 ? undefined : Buffer.concat(head).toString('utf8'), name, kind.table);
  if (last !== 0x0a) throw refuse('archiveMalformedRow', { name, line: newlines + 1, detail: 'baris terakhir tanpa akhir baris' });
  const expected = m.tables[kind.table]!.rows;
  if (newlines - 1 !== expected) throw refuse('archiveCountMismatch', { name, found: newlines - 1, expected });
}

/**
 * Checks an archive completely without touching any database: structure, signature,
 * format and schema versions, the signing key, every entry's SHA-256 and every table's row
 * count. Throws a refusal (DomainError with a message key) saying what is wrong.
 */
export async function verifyArchive(handle: FileHandle, size: number, opts: VerifyOptions): Promise<VerifiedArchive> {
  const zipEntries = new Map<string, { zip: ZipEntry; kind: EntryKind }>();
  for (const zip of await readCentralDirectory(handle, size)) {
    const kind = classifyEntry(zip.name);
    if (!kind) throw refuse('archiveEntryName', { name: zip.name.slice(0, 120) });
    zipEntries.set(zip.name, { zip, kind });
  }
  const manifestEntry = zipEntries.get(MANIFEST_ENTRY);
  const signatureEntry = zipEntries.get(SIGNATURE_ENTRY);
  if (!manifestEntry || !signatureEntry) throw refuse('archiveNoManifest');

  const manifestBytes = await readWholeEntry(handle, manifestEntry.zip, LIMITS.manifestBytes);
  const manifest = readManifest(manifestBytes);
  checkVersions(manifest, opts.schemaVersion);
  let signature;
  try {
    signature = signatureSchema.parse(JSON.parse((await readWholeEntry(handle, signatureEntry.zip, LIMITS.signatureBytes)).toString('utf8')));
  } catch (error) {
    if ((error as { key?: string }).key) throw error;
    throw refuse('archiveSignatureInvalid');
  }
  const publicKey = Buffer.from(signature.publicKey, 'base64');
  if (!verifyManifest(publicKey, manifestBytes, Buffer.from(signature.signature, 'base64'))) throw refuse('archiveSignatureInvalid');
  const fingerprint = fingerprintOf(publicKey);
  if (fingerprint !== manifest.keyFingerprint) throw refuse('archiveSignatureInvalid');
  const signer = signerOf(manifest, fingerprint, opts);

  matchEntries(manifest, zipEntries);
  const total = manifest.entries.reduce((sum, e) => sum + e.size, 0);
  let done = 0;
  const entries: VerifiedArchive['entries'] = new Map();
  for (const listed of manifest.entries) {
    const { zip, kind } = zipEntries.get(listed.name)!;
    await checkEntry(handle, listed.name, zip, kind, manifest, listed.sha256, (bytes) => {
      done += bytes;
      opts.onProgress?.(done, total);
    });
    entries.set(listed.name, { zip, kind, sha256: listed.sha256 });
  }
  return { manifest, manifestSha256: createHash('sha256').update(manifestBytes).digest('hex'), signer, entries, sizeBytes: size };
}
