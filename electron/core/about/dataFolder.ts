import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Bytes and files under a folder. Symbolic links are counted as links, never followed, so a
 * link out of the data folder cannot make the walk wander the disk; unreadable entries (a
 * file deleted mid-walk, a locked folder) are skipped: this is a figure for the about screen.
 */
export async function folderSize(root: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        pending.push(path);
        continue;
      }
      try {
        const info = await lstat(path);
        bytes += info.size;
        files += 1;
      } catch {
        // gone since readdir
      }
    }
  }
  return { bytes, files };
}
