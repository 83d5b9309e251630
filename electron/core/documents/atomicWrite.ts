import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that it is either complete or absent, even across a power cut: the bytes
 * go to a temporary file in the same folder (same volume, so rename is atomic), are flushed to
 * disk, and only then renamed over the target. A failure removes the temporary file.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  await replaceViaTemp(target, async (temp) => {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
  });
}

/**
 * The same guarantee for a file another writer produces (e.g. SQLite's online backup):
 * `produce` fills the temporary path, which is then flushed, renamed over the target and
 * the folder synced; on any failure (including `produce`'s) the temporary file is removed.
 */
export async function replaceViaTemp(target: string, produce: (temp: string) => Promise<void>): Promise<void> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await produce(temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable. Windows cannot open folders for this; NTFS journals it. */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on folders; the file itself is already on disk.
  }
}
