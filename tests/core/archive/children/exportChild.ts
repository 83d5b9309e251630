/**
 * Child process for the kill test: opens the database, starts a full export and prints its
 * progress as JSON lines until the parent kills it (SIGKILL: no clean-up runs).
 */
import { dirname, join } from 'node:path';
import { localOperatorContext, openCore } from '../../../../electron/core';

const dbPath = process.argv[2]!;
const core = await openCore({ dbPath, backupDir: join(dirname(dbPath), 'backups'), appVersion: 'kill-test', logError: () => {} });
const ctx = localOperatorContext('test');
const started = await core.dispatch('archive.exportStart', { kind: 'full', includeDocuments: false }, ctx);
if (!started.ok) throw new Error(started.error.message);
const id = (started.value as { id: string }).id;
for (;;) {
  const p = await core.dispatch('archive.exportProgress', { id }, ctx);
  if (p.ok) console.log(JSON.stringify(p.value));
  await new Promise((r) => setTimeout(r, 2));
}
