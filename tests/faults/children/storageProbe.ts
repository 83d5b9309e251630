/**
 * Child process of the storage-fault tests: runs one scenario against a data folder the parent
 * prepared (read-only by permissions when run as an unprivileged user, a read-only mount, or a
 * tiny tmpfs that fills up) and prints one JSON line with what happened. A separate process,
 * because dropping privileges and private mounts apply to a whole process.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type SimpulCore } from '../../../electron/core';
import { openDatabase } from '../../../electron/core/db/open';
import { contextAs, EXAMPLE_OFFICE } from '../../helpers/tempCore';

const [scenario, dataDir] = process.argv.slice(2);
if (!scenario || !dataDir) throw new Error('usage: storageProbe <scenario> <dataDir>');
const dbPath = join(dataDir, 'simpul.sqlite');
const ctx = contextAs('admin');
const report = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const describeError = (e: unknown) => (e instanceof Error ? { name: e.name, message: e.message, fault: (e as { fault?: string }).fault } : { thrown: String(e) });
const open = (dir = dataDir, path = dbPath) => openCore({ dbPath: path, dataDir: dir, backupDir: join(dir, 'backups'), appVersion: '0.1.0-faults', logError: () => {} });

async function call(core: SimpulCore, channel: string, input: unknown) {
  const r = await core.dispatch(channel, input, ctx);
  return r.ok ? { ok: true as const, value: r.value } : { ok: false as const, code: r.error.code, message: r.error.message };
}

/** Opening the core: expected to be refused with a message for the clerk. */
async function startUp(): Promise<void> {
  try {
    const core = await open();
    await core.close();
    report({ opened: true });
  } catch (error) {
    report({ opened: false, error: describeError(error) });
  }
}

/** The database is writable but the documents folder is not: printing must fail cleanly. */
async function documentsReadOnly(): Promise<void> {
  const core = await open();
  try {
    report({ print: await call(core, 'roster.printDirectory', {}), template: await call(core, 'import.template', {}) });
  } finally {
    await core.close();
  }
}

/** A tiny disk: write until it is full, then check the failure, the data, and a fresh start. */
async function fillDisk(): Promise<void> {
  const core = await open();
  const committed: string[] = [];
  let failure: unknown = null;
  let documentOnFullDisk: unknown;
  try {
    await call(core, 'settings.update', EXAMPLE_OFFICE);
    const groups = (await call(core, 'agencyGroups.list', undefined)) as { ok: true; value: Array<{ id: string }> };
    for (let i = 0; i < 100_000; i++) {
      const r = await call(core, 'agencies.create', { name: `Dinas Penuh ${i}`, groupId: groups.value[0]!.id, notes: 'n'.repeat(3900) });
      if (!r.ok) {
        failure = r;
        break;
      }
      committed.push((r.value as { id: string }).id);
    }
    documentOnFullDisk = await call(core, 'roster.printDirectory', {});
  } finally {
    await core.close().catch(() => undefined);
  }
  // Reopen as the next start would (recovering the WAL) and look at what survived.
  const db = await openDatabase({ dbPath, backupDir: join(dataDir, 'backups'), appVersion: '0.1.0-faults' });
  const integrity = db.raw.pragma('integrity_check', { simple: true });
  const has = db.raw.prepare('SELECT 1 FROM agencies WHERE id = ?');
  const missing = committed.filter((id) => has.get(id) === undefined).length;
  await db.dataSource.destroy();
  // Whatever space a checkpoint freed, take it, then try to start Simpul on a new database here.
  try {
    writeFileSync(join(dataDir, 'filler'), Buffer.alloc(64 * 1024 * 1024));
  } catch {
    // ENOSPC is the point: the disk is now full to the last block.
  }
  let freshStart: unknown;
  try {
    const core2 = await open(join(dataDir, 'baru'), join(dataDir, 'baru', 'simpul.sqlite'));
    await core2.close();
    freshStart = { opened: true };
  } catch (error) {
    freshStart = { opened: false, error: describeError(error) };
  }
  report({ committed: committed.length, failure, documentOnFullDisk, integrity, missing, freshStart });
}

const scenarios: Record<string, () => Promise<void>> = { startUp, documentsReadOnly, fillDisk };
const run = scenarios[scenario];
if (!run) throw new Error(`unknown scenario ${scenario}`);
await run();
