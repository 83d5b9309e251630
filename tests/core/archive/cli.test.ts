import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOffice, exportNow } from '../../helpers/archives';
import { bundleChild, repoRoot } from '../../helpers/childScript';
import { databaseChecksum, openTempCore, tempDir, type TempCore } from '../../helpers/tempCore';

/**
 * The command line for head office scripting, run the way the README documents the plain-node
 * invocation: the CLI bundled into one .mjs and started with node.
 */
let cli: Awaited<ReturnType<typeof bundleChild>>;
let office: TempCore;
let archive: string;
const dir = tempDir('simpul-cli-');
const headDb = join(dir, 'pusat.sqlite');

beforeAll(async () => {
  cli = await bundleChild(join(repoRoot, 'electron/cli/archive.ts'));
  office = await openTempCore(demoOffice());
  await office.must('system.loadDemo', {});
  archive = join(dir, 'babel.simpul');
  copyFileSync((await exportNow(office, { kind: 'full' })).path, archive);
}, 120_000);
afterAll(async () => {
  cli?.dispose();
  await office?.cleanup();
});

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli.file, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const agencies = (dbPath: string) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM agencies WHERE office_code = 'BABEL'`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('simpul-archive command line', () => {
  it('verifies an archive (exit 0) and refuses a damaged one (exit 1) with the reason', () => {
    const ok = run('verify', archive, '--db', headDb);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/Arsip sah/);
    const bytes = readFileSync(archive);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    const bad = join(dir, 'rusak.simpul');
    writeFileSync(bad, bytes);
    const before = databaseChecksum(headDb);
    const refused = run('verify', bad, '--db', headDb, '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toMatchObject({ ok: false, problem: { key: expect.stringMatching(/^archive/) } });
    expect(databaseChecksum(headDb)).toBe(before);
  });

  it('imports only with --accept-unknown-key for an unknown key, then prints the report; a second import changes nothing', () => {
    const before = databaseChecksum(headDb);
    const refused = run('import', archive, '--db', headDb);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/belum dikenal/);
    expect(databaseChecksum(headDb)).toBe(before);
    const done = run('import', archive, '--db', headDb, '--accept-unknown-key', '--json');
    expect(done.code, done.err).toBe(0);
    expect(JSON.parse(done.out)).toMatchObject({ sourceOfficeCode: 'BABEL', conflictCount: 0 });
    expect(agencies(headDb)).toBe(agencies(office.dbPath));
    const again = run('import', archive, '--db', headDb, '--accept-unknown-key', '--json');
    expect(JSON.parse(again.out).totals).toMatchObject({ new: 0, changed: 0, conflicting: 0 });
  });

  it('explains its usage', () => {
    const r = run('verify');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Pemakaian/);
  });
});
