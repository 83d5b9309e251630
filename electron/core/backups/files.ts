import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupFileDto } from '../../../shared/dto';
import { sha256Hex } from '../attachments/store';
import { parseBackupName } from '../db/backup';

/** The database copies in one folder, newest first (only names backupDatabaseFile makes). */
export async function listBackups(dir: string, folder: BackupFileDto['folder']): Promise<BackupFileDto[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const out: BackupFileDto[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const info = await stat(join(dir, name)).catch(() => null);
    if (!info?.isFile()) continue;
    out.push({ folder, fileName: name, sizeBytes: info.size, createdAt: parsed.createdAt, label: parsed.label });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Folders in a backup folder holding copies of the attached files and generated documents. */
export const MIRROR = { attachments: 'simpul-lampiran', documents: 'simpul-dokumen' } as const;

const STORE_BUCKET = /^[0-9a-f]{2}$/;
const STORE_FILE = /^([0-9a-f]{64})\.[a-z]{3,4}$/;
const DOC_YEAR = /^\d{4}$/;
const DOC_FILE = /^[0-9a-f-]{36}\.(pdf|xlsx|docx)$/;

/** Every file of a two-level store (bucket/name) whose names match, as [relative parts]. */
async function storeFiles(root: string, bucketRe: RegExp, fileRe: RegExp): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  for (const bucket of await readdir(root).catch(() => [] as string[])) {
    if (!bucketRe.test(bucket)) continue;
    for (const name of await readdir(join(root, bucket)).catch(() => [] as string[])) if (fileRe.test(name)) out.push([bucket, name]);
  }
  return out;
}

/**
 * Copies files present in `from` and missing in `to`. Attached files are checked against the
 * hash in their name, so a damaged copy is never spread. Nothing is ever deleted: stored files
 * are content-addressed (or named by their record), so an old copy is still the same file.
 */
async function copyMissing(from: string, to: string, bucketRe: RegExp, fileRe: RegExp, checkHash: boolean): Promise<number> {
  let copied = 0;
  for (const [bucket, name] of await storeFiles(from, bucketRe, fileRe)) {
    const target = join(to, bucket, name);
    if (await stat(target).catch(() => null)) continue;
    const source = join(from, bucket, name);
    if (checkHash && sha256Hex(await readFile(source)) !== STORE_FILE.exec(name)![1]) continue;
    await mkdir(join(to, bucket), { recursive: true });
    try {
      await copyFile(source, target, constants.COPYFILE_EXCL);
      copied += 1;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
  }
  return copied;
}

/** The attachment store and documents into a backup folder (the database copy needs them to be whole). */
export async function mirrorFiles(paths: { attachmentsDir: string; documentsDir: string }, backupDir: string): Promise<number> {
  return (
    (await copyMissing(paths.attachmentsDir, join(backupDir, MIRROR.attachments), STORE_BUCKET, STORE_FILE, false)) +
    (await copyMissing(paths.documentsDir, join(backupDir, MIRROR.documents), DOC_YEAR, DOC_FILE, false))
  );
}

/** After a restore from a folder: files the restored records name that this computer lacks. */
export async function restoreMirroredFiles(paths: { attachmentsDir: string; documentsDir: string }, backupDir: string): Promise<number> {
  return (
    (await copyMissing(join(backupDir, MIRROR.attachments), paths.attachmentsDir, STORE_BUCKET, STORE_FILE, true)) +
    (await copyMissing(join(backupDir, MIRROR.documents), paths.documentsDir, DOC_YEAR, DOC_FILE, false))
  );
}
