import { createHash } from 'node:crypto';
import { chmod, lstat, readdir, readFile, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../../../shared/attachments';
import { writeFileAtomic } from '../documents/atomicWrite';

/**
 * The attachment store: a content-addressed folder, attachments/<ab>/<abcdef...>.<ext>, where
 * the name is the SHA-256 of the bytes. The same content is stored once however often it is
 * attached; the extension (from the detected kind, never the user's name) lets the system
 * viewer pick the right program. Stored files are read-only, so a document opened from here
 * and edited is saved elsewhere instead of silently changing the stored copy.
 *
 * Ordering that keeps rows and files consistent (see README "Attachments: crash windows"):
 * a file is durable before the row naming it commits; a file is deleted only after the
 * commit that removed its last row; anything a crash leaves behind is an unreferenced file,
 * removed by the sweep at the next start.
 */

const SHA256_RE = /^[0-9a-f]{64}$/;
const STORED_NAME_RE = /^([0-9a-f]{64})\.([a-z]{3,4})$/;
const BUCKET_RE = /^[0-9a-f]{2}$/;
/** Temporary files of writeFileAtomic: ".<target>.<hex>.tmp". */
const TEMP_RE = /^\..+\.[0-9a-f]+\.tmp$/;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Whether `path` lies strictly inside `root` (after resolving "..", never equal to it). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Where a content lives. Refuses anything that is not a plain hash, so no path can escape. */
export function storedFilePath(root: string, sha256: string, kind: AttachmentKind): string {
  const ext = ATTACHMENT_KINDS[kind]?.extensions[0];
  if (!SHA256_RE.test(sha256) || !ext) throw new Error(`Not a stored attachment: ${sha256}.${String(kind)}`);
  const path = join(root, sha256.slice(0, 2), `${sha256}.${ext}`);
  if (!isInside(root, path)) throw new Error(`Attachment path outside the store: ${path}`);
  return path;
}

export type StoredState = 'ok' | 'missing' | 'corrupt';

/** Checks a stored file against its recorded size and hash. */
export async function verifyStored(path: string, sha256: string, sizeBytes: number): Promise<StoredState> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    return 'missing';
  }
  if (!info.isFile()) return 'corrupt';
  if (info.size !== sizeBytes) return 'corrupt';
  return sha256Hex(await readFile(path)) === sha256 ? 'ok' : 'corrupt';
}

/**
 * Makes sure the content is on disk under its hash: written atomically (temporary file,
 * fsync, rename, folder fsync) unless an intact copy is there already. "created" means this
 * call wrote it (new, or replacing a missing or damaged copy); beforeWrite runs first, so a
 * failure half-way (e.g. after the rename) is still cleaned up.
 */
export async function storeContent(
  root: string,
  sha256: string,
  kind: AttachmentKind,
  bytes: Uint8Array,
  /** Called before anything is written: the caller arranges the clean-up first. */
  beforeWrite: () => void = () => {},
): Promise<'created' | 'present'> {
  const path = storedFilePath(root, sha256, kind);
  const state = await verifyStored(path, sha256, bytes.length);
  if (state === 'ok') return 'present';
  beforeWrite();
  if (state === 'corrupt') await removeFile(path);
  await writeFileAtomic(path, bytes);
  await chmod(path, 0o444);
  return 'created';
}

/** Deletes a stored file; a read-only file is made writable first (Windows refuses otherwise). */
async function removeFile(path: string): Promise<void> {
  try {
    await chmod(path, 0o644);
  } catch {
    // Already gone.
  }
  await rm(path, { force: true, recursive: false });
}

/**
 * Deletes the file of a content no row names any more. Called after the deciding
 * transaction settled, in the same turn of the request queue, so no request can start
 * using the content between the check and the deletion.
 */
export async function removeIfUnreferenced(root: string, sha256: string, kind: AttachmentKind, isReferenced: (sha256: string) => boolean): Promise<boolean> {
  if (isReferenced(sha256)) return false;
  await removeFile(storedFilePath(root, sha256, kind));
  return true;
}

export interface SweepOptions {
  /** Files younger than this are left alone: another process may be about to commit them. */
  olderThanMs: number;
  nowMs?: number;
}

/**
 * Removes what crashes can leave behind: temporary files, and stored files whose hash no
 * row names. Files the store did not create (other names) are never touched.
 */
export async function sweepStore(root: string, isReferenced: (sha256: string) => boolean, opts: SweepOptions): Promise<string[]> {
  const removed: string[] = [];
  const now = opts.nowMs ?? Date.now();
  let buckets: string[];
  try {
    buckets = await readdir(root);
  } catch {
    return removed; // No store yet.
  }
  for (const bucket of buckets) {
    if (!BUCKET_RE.test(bucket)) continue;
    const dir = join(root, bucket);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      const stored = STORED_NAME_RE.exec(name);
      const orphan = TEMP_RE.test(name) || (stored !== null && stored[1]!.startsWith(bucket) && !isReferenced(stored[1]!));
      if (!orphan) continue;
      const info = await stat(path).catch(() => null);
      if (!info?.isFile() || now - info.mtimeMs < opts.olderThanMs) continue;
      await removeFile(path);
      removed.push(path);
    }
  }
  return removed;
}
