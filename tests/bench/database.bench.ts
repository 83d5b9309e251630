import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/open';
import { row, summarize, timeEach } from './stats';

/** Time to create and migrate a new database file, and to reopen an up-to-date one. */
export async function benchDatabaseOpen(dir: string): Promise<void> {
  const N = 20;
  const fresh = await timeEach(N, async (i) => {
    const db = await openDatabase({ dbPath: join(dir, `fresh-${i}.sqlite`), backupDir: dir, appVersion: 'bench' });
    await db.dataSource.destroy();
  });
  const reopen = await timeEach(N, async () => {
    const db = await openDatabase({ dbPath: join(dir, 'fresh-0.sqlite'), backupDir: dir, appVersion: 'bench' });
    await db.dataSource.destroy();
  });
  for (let i = 0; i < N; i++) rmSync(join(dir, `fresh-${i}.sqlite`), { force: true });
  console.log('\nopening the database');
  console.log(row('create + migrate a new file', summarize(fresh)));
  console.log(row('reopen an up-to-date file (no-op)', summarize(reopen)));
}
