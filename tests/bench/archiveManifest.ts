import { open } from 'node:fs/promises';
import { manifestSchema } from '../../electron/core/archive/format';
import { readCentralDirectory, readWholeEntry } from '../../electron/core/archive/zipReader';

/** Rows and uncompressed bytes an archive holds, from its manifest. */
export async function readManifestTables(path: string): Promise<{ rows: number; dataBytes: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const entry = (await readCentralDirectory(handle, size)).find((e) => e.name === 'manifest.json')!;
    const m = manifestSchema.parse(JSON.parse((await readWholeEntry(handle, entry, 64 * 1024 * 1024)).toString('utf8')));
    return { rows: Object.values(m.tables).reduce((n, t) => n + t.rows, 0), dataBytes: m.entries.reduce((n, e) => n + e.size, 0) };
  } finally {
    await handle.close();
  }
}
