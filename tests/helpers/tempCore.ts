import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { localOperatorContext, openCore, type RequestContext, type SimpulCore } from '../../electron/core';
import type { OpenCoreOptions } from '../../electron/core';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { permissionsFor, type Role } from '../../shared/permissions';
import type { Result } from '../../shared/result';

export interface TempCore {
  core: SimpulCore;
  dir: string;
  dbPath: string;
  ctx: RequestContext;
  /** Typed call through dispatch as the admin operator. */
  call<C extends Channel>(channel: C, input?: InputOf<C>, ctx?: RequestContext): Promise<Result<OutputOf<C>>>;
  /** Like call, but fails the test on an error result. */
  must<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>>;
  reopen(): Promise<void>;
  cleanup(): Promise<void>;
}

export function tempDir(prefix = 'simpul-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** scrypt at 2^10: the stored-parameter logic is the same, a hash takes milliseconds. */
export const TEST_PASSWORD_PARAMS = { log2N: 10, r: 8, p: 1 };

export function contextAs(role: Role): RequestContext {
  return { ...localOperatorContext('test'), actor: { id: `test-${role}`, name: `Test ${role}`, role }, permissions: permissionsFor(role) };
}

export async function openTempCore(options: Partial<OpenCoreOptions> = {}): Promise<TempCore> {
  const dir = options.dbPath ? join(options.dbPath, '..') : tempDir();
  const dbPath = options.dbPath ?? join(dir, 'simpul.sqlite');
  const open = () =>
    openCore({ dbPath, backupDir: join(dir, 'backups'), appVersion: '0.1.0-test', logError: () => {}, auth: { passwordParams: TEST_PASSWORD_PARAMS }, ...options });
  const ctx = localOperatorContext('test');
  const t: TempCore = {
    core: await open(),
    dir,
    dbPath,
    ctx,
    call: (channel, input, c = ctx) => t.core.dispatch(channel, input, c) as never,
    async must(channel, input) {
      const r = await t.call(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
      return r.value;
    },
    async reopen() {
      await t.core.close();
      t.core = await open();
    },
    async cleanup() {
      await t.core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

/** A digest of every row of every table: equal before and after means nothing changed. */
export function databaseChecksum(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha256');
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as Array<{ name: string }>;
    for (const { name } of tables) {
      hash.update(`#${name}\n`);
      for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).iterate()) hash.update(JSON.stringify(row));
    }
    hash.update(String(db.pragma('user_version', { simple: true })));
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

export const EXAMPLE_OFFICE = {
  officeCode: 'BABEL',
  officeName: 'Ombudsman RI Perwakilan Provinsi Kepulauan Bangka Belitung',
  province: 'Kepulauan Bangka Belitung',
  city: 'Pangkalpinang',
  address: 'Jl. Jenderal Sudirman No. 12, Pangkalpinang',
  phone: '(0717) 425 0123',
  email: 'babel@ombudsman.go.id',
  website: 'ombudsman.go.id',
  headName: 'Hendra Saputra',
  headPosition: 'Kepala Perwakilan',
  headNip: '',
  paperSize: 'A4' as const,
  letterNumberPattern: '{nomor:4}/LM/{bulan_romawi}/{tahun}/PBB',
};
