import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorText } from '../../electron/core/log/errorText';
import { createFileLogger } from '../../electron/core/log/fileLogger';
import { tempDir } from '../helpers/tempCore';

let dirs: string[] = [];
const scratch = () => {
  const d = tempDir('simpul-log-');
  dirs.push(d);
  return d;
};
const fresh = () => join(scratch(), 'logs');
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
  vi.restoreAllMocks();
});

/** What TypeORM throws for a failed statement: the statement and its parameters ride along. */
function queryFailed(): Error {
  const driverError = Object.assign(new Error('UNIQUE constraint failed: focal_persons.office_code, focal_persons.nip'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
  return Object.assign(new Error(driverError.message), {
    name: 'QueryFailedError',
    driverError,
    query: 'INSERT INTO "focal_persons"("name", "phone", "email") VALUES (?, ?, ?)',
    parameters: ['Siti Rahmawati', '0812-7788-9900', 'siti@contoh.go.id'],
  });
}

describe('file logger', () => {
  it('writes the scope, the error class and code, the message and the stack frames', () => {
    const log = createFileLogger({ dir: fresh(), now: () => new Date('2025-03-04T05:06:07.000Z') });
    log.logError(queryFailed(), 'persons.create');
    const text = readFileSync(log.file, 'utf8');
    expect(text).toMatch(/^2025-03-04T05:06:07.000Z ERROR \[persons\.create\] QueryFailedError SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed/);
    expect(text).toMatch(/\n {4}at /);
  });

  it('never writes statement parameters, the statement, or contact data found in a message', () => {
    const log = createFileLogger({ dir: fresh() });
    log.logError(queryFailed(), 'persons.create');
    log.error('shell', new Error('Tidak dapat menghubungi siti@contoh.go.id atau +62 812-7788-9900 (NIP 199001012020121001)'));
    log.logError({ name: 'Siti Rahmawati', phone: '081277889900' }, 'persons.create');
    const text = readFileSync(log.file, 'utf8');
    for (const secret of ['Siti', 'Rahmawati', '7788', '9900', 'siti@', 'INSERT', '199001012020121001']) expect(text).not.toContain(secret);
    expect(text).toContain('[email]');
    expect(text).toContain('[number]');
    expect(text).toContain('(thrown object)');
  });

  it('shortens the home folder, which holds the Windows user name', () => {
    const error = new Error(`cannot open ${join(homedir(), 'AppData', 'simpul.sqlite')}`);
    expect(errorText(error)).not.toContain(homedir());
  });

  it('follows causes, e.g. a failed migration step', () => {
    const cause = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const text = errorText(new Error('Pembaruan struktur basis data gagal', { cause }));
    expect(text).toContain('caused by Error SQLITE_FULL: database or disk is full');
  });

  it('rotates by size and keeps the configured number of old files', () => {
    const dir = fresh();
    const log = createFileLogger({ dir, maxBytes: 400, keep: 3 });
    for (let i = 0; i < 60; i++) log.warn('test', `line ${String(i).padStart(3, '0')} ${'x'.repeat(40)}`);
    expect(readdirSync(dir).sort()).toEqual(['simpul.1.log', 'simpul.2.log', 'simpul.3.log', 'simpul.log']);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(400);
    // Newest in simpul.log, then .1, .2, .3: line numbers only go up from the oldest file.
    const numbers = (f: string) => [...readFileSync(join(dir, f), 'utf8').matchAll(/line (\d+)/g)].map((m) => Number(m[1]));
    const ordered = ['simpul.3.log', 'simpul.2.log', 'simpul.1.log', 'simpul.log'].flatMap(numbers);
    expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
    expect(ordered.at(-1)).toBe(59);
  });

  it('continues an existing log after a restart and rotates it when full', () => {
    const dir = fresh();
    createFileLogger({ dir, maxBytes: 300 }).info('start', 'a'.repeat(200));
    const again = createFileLogger({ dir, maxBytes: 300 });
    again.info('start', 'b'.repeat(200));
    expect(readFileSync(join(dir, 'simpul.1.log'), 'utf8')).toContain('aaaa');
    expect(readFileSync(join(dir, 'simpul.log'), 'utf8')).toContain('bbbb');
  });

  it('never throws when the log cannot be written', () => {
    const base = scratch();
    const blocker = join(base, 'not-a-folder');
    writeFileSync(blocker, '');
    const complain = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = createFileLogger({ dir: join(blocker, 'logs') });
    expect(() => log.error('core', new Error('x'))).not.toThrow();
    expect(() => log.error('core', new Error('y'))).not.toThrow();
    expect(complain).toHaveBeenCalledTimes(1);
    expect(existsSync(join(blocker, 'logs'))).toBe(false);
  });
});
