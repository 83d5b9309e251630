import { chmodSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, childReport, repoRoot, runCommand } from '../helpers/childScript';
import { storageHealth } from '../helpers/fuzz/harness';
import { inPrivateTmpfs, isRoot, privateMountsAvailable, unprivileged } from '../helpers/storageSandbox';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, tempDir } from '../helpers/tempCore';

/**
 * A data folder Simpul may not write: start-up refuses with a message in Indonesian that says
 * what is wrong and where (the Electron shell shows it in a dialog), work that writes files
 * answers with the storage message, and the database file is exactly as it was.
 */
interface StartUpReport {
  opened: boolean;
  error?: { name: string; message: string; fault?: string };
}
interface DocumentsReport {
  print: { ok: boolean; code?: string; message?: string };
  template: { ok: boolean; code?: string; message?: string };
}

let probe: { file: string; dispose(): void };
const dirs: string[] = [];
const approaches: string[] = [];

beforeAll(async () => {
  probe = await bundleChild(join(repoRoot, 'tests/faults/children/storageProbe.ts'));
}, 60_000);
afterAll(() => {
  for (const d of dirs) {
    chmodTree(d, 0o755);
    rmSync(d, { recursive: true, force: true });
  }
  probe?.dispose();
  console.log(`read-only data folder: ${approaches.join('; ')}`);
});

function chmodTree(path: string, mode: number): void {
  chmodSync(path, mode);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory()) chmodTree(join(path, entry.name), mode);
  }
}

/** A data folder with an office, an agency and a closed (checkpointed) database. */
async function preparedFolder(): Promise<{ dir: string; dbPath: string }> {
  const t = await openTempCore();
  dirs.push(t.dir);
  await t.must('settings.update', EXAMPLE_OFFICE);
  const [group] = await t.must('agencyGroups.list');
  await t.must('agencies.create', { name: 'Dinas Pendidikan Provinsi Kepulauan Bangka Belitung', groupId: group!.id });
  await t.core.close();
  // Where other users may reach it (mkdtemp makes 0700).
  chmodSync(t.dir, 0o755);
  return { dir: t.dir, dbPath: t.dbPath };
}

const startUpAsUser = async (dir: string) =>
  childReport<StartUpReport>(await runCommand(process.execPath, [probe.file, 'startUp', dir], unprivileged()));

const who = () => (isRoot() ? 'as uid 65534 (tests run as root, for whom chmod stops nothing)' : 'as the current user');

describe('read-only data folder', () => {
  it('refuses to start in a folder it may not write, with a clear message, and changes nothing', async () => {
    const { dir, dbPath } = await preparedFolder();
    const before = databaseChecksum(dbPath);
    chmodSync(dbPath, 0o444);
    chmodSync(dir, 0o555);
    const report = await startUpAsUser(dir);
    chmodSync(dir, 0o755);
    chmodSync(dbPath, 0o644);
    approaches.push(`permissions ${who()}`);

    expect(report.opened).toBe(false);
    expect(report.error).toMatchObject({ name: 'DataFolderUnavailableError', fault: 'readOnly' });
    expect(report.error!.message).toContain('hanya-baca');
    expect(report.error!.message).toContain(dir);
    expect(report.error!.message).toContain('Data tidak diubah');
    expect(databaseChecksum(dbPath)).toBe(before);
    expect(storageHealth(dbPath).integrity).toBe('ok');
  });

  it('refuses a database file it may not write even when the folder is writable', async () => {
    const { dir, dbPath } = await preparedFolder();
    const before = databaseChecksum(dbPath);
    chmodSync(dbPath, 0o444);
    chmodSync(dir, 0o777);
    const report = await startUpAsUser(dir);
    chmodSync(dbPath, 0o644);
    chmodSync(dir, 0o755);

    expect(report.opened).toBe(false);
    expect(report.error).toMatchObject({ name: 'DataFolderUnavailableError', fault: 'readOnly' });
    expect(databaseChecksum(dbPath)).toBe(before);
  });

  it('refuses to create a data folder where it may not', async () => {
    const parent = tempDir('simpul-ro-parent-');
    dirs.push(parent);
    chmodSync(parent, 0o555);
    const report = await startUpAsUser(join(parent, 'Simpul'));
    chmodSync(parent, 0o755);

    expect(report.opened).toBe(false);
    expect(report.error).toMatchObject({ name: 'DataFolderUnavailableError', fault: 'readOnly' });
    expect(readdirSync(parent)).toEqual([]);
  });

  it('answers with the storage message when the documents folder is read-only, and keeps the database as it was', async () => {
    const { dir, dbPath } = await preparedFolder();
    const documents = join(dir, 'documents');
    mkdirSync(documents, { recursive: true });
    chmodSync(documents, 0o555);
    // The database itself stays writable for the child.
    chmodSync(dir, 0o777);
    chmodSync(dbPath, 0o666);
    const before = databaseChecksum(dbPath);
    const report = childReport<DocumentsReport>(await runCommand(process.execPath, [probe.file, 'documentsReadOnly', dir], unprivileged()));
    chmodSync(documents, 0o755);

    for (const answer of [report.print, report.template]) {
      expect(answer).toMatchObject({ ok: false, code: 'STORAGE' });
      expect(answer.message).toContain('hanya-baca');
    }
    expect(databaseChecksum(dbPath)).toBe(before);
    expect(readdirSync(documents)).toEqual([]);
  });

  it('refuses to start on a read-only drive (a read-only mount)', async (ctx) => {
    if (!privateMountsAvailable()) {
      approaches.push('read-only mount: skipped (no private mounts here)');
      ctx.skip();
    }
    const { dbPath } = await preparedFolder();
    const before = databaseChecksum(dbPath);
    const mountDir = tempDir('simpul-ro-mount-');
    dirs.push(mountDir);
    const prepare = `cp ${JSON.stringify(dbPath)} "$1/simpul.sqlite" && mount -o remount,ro "$1"`;
    const report = childReport<StartUpReport>(await inPrivateTmpfs(mountDir, 16, prepare, probe.file, ['startUp']));
    approaches.push('read-only tmpfs mount (EROFS) in a private mount namespace');

    expect(report.opened).toBe(false);
    expect(report.error).toMatchObject({ name: 'DataFolderUnavailableError', fault: 'readOnly' });
    expect(report.error!.message).toContain('hanya-baca');
    expect(databaseChecksum(dbPath)).toBe(before);
  });
});
