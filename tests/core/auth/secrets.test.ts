import { inspect } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withoutSecrets } from '../../../electron/core/audit/redact';
import { EXAMPLE_OFFICE, openTempCore, type TempCore } from '../../helpers/tempCore';
import { openWindow } from '../../helpers/sessions';

/**
 * No password, password hash or salt ever leaves the core: not in an answer, not in the
 * audit trail, not in a log. Every serialised output is searched for them.
 */
const PASSWORDS = ['Kunci-Admin-Awal-1', 'Kunci-Staf-Awal-22', 'Kunci-Staf-Baru-333', 'Kunci-Reset-4444', 'Salah-Tebak-55555'];
let t: TempCore;
let logged: unknown[];

beforeEach(async () => {
  logged = [];
  t = await openTempCore({ logError: (error) => logged.push(error) });
});
afterEach(async () => t.cleanup());

function storedSecrets(): string[] {
  const db = new Database(t.dbPath, { readonly: true });
  const hashes = (db.prepare(`SELECT password_hash AS h FROM users`).all() as Array<{ h: string }>).map((r) => r.h);
  db.close();
  // The whole PHC string, and its salt and key parts on their own.
  return hashes.flatMap((h) => [h, ...h.split('$').slice(3)]);
}

function auditDump(): string {
  const db = new Database(t.dbPath, { readonly: true });
  const rows = db.prepare(`SELECT * FROM audit_log`).all();
  db.close();
  return JSON.stringify(rows);
}

describe('secrets stay in the core', () => {
  it('appear in no answer and no audit entry, through the whole account life cycle', async () => {
    const outputs: unknown[] = [];
    const admin = openWindow(t.core);
    const keep = async (r: Promise<unknown>) => outputs.push(await r);
    await keep(admin.call('auth.setupAdmin', { username: 'admin.kantor', fullName: 'Admin Kantor', password: PASSWORDS[0] }));
    await t.must('settings.update', EXAMPLE_OFFICE);
    await keep(admin.call('auth.status'));
    const created = await admin.call<{ id: string }>('users.create', { username: 'siti', fullName: 'Siti', role: 'staff', password: PASSWORDS[1] });
    outputs.push(created);
    const staff = openWindow(t.core);
    await keep(staff.call('auth.login', { username: 'siti', password: PASSWORDS[4] }));
    await new Promise((r) => setTimeout(r, 1100));
    await keep(staff.call('auth.login', { username: 'siti', password: PASSWORDS[1] }));
    await keep(staff.call('auth.changePassword', { currentPassword: PASSWORDS[1], newPassword: PASSWORDS[2] }));
    await keep(staff.call('auth.lock'));
    await keep(staff.call('auth.unlock', { password: PASSWORDS[2] }));
    if (created.ok) await keep(admin.call('users.resetPassword', { id: created.value.id, newPassword: PASSWORDS[3] }));
    await keep(admin.call('users.list', {}));
    await keep(admin.call('audit.list', { pageSize: 200 }));
    await keep(admin.call('audit.facets'));
    await keep(admin.call('system.status'));

    const answers = JSON.stringify(outputs);
    const audit = auditDump();
    const secrets = [...PASSWORDS, ...storedSecrets()];
    expect(secrets.length).toBeGreaterThan(PASSWORDS.length);
    for (const secret of secrets) {
      expect(answers.includes(secret), `answer holds ${secret.slice(0, 12)}…`).toBe(false);
      expect(audit.includes(secret), `audit holds ${secret.slice(0, 12)}…`).toBe(false);
    }
    for (const text of [answers, audit]) {
      expect(text).not.toMatch(/\$scrypt\$|passwordHash|password_hash/);
    }
    // The session id stays in the holder: no answer carries it.
    expect(answers).not.toContain(staff.holder.sessionId!);
    expect(answers).not.toContain(admin.holder.sessionId!);
  });

  it('keeps a failed statement\'s parameters (a hash among them) out of the log', async () => {
    await t.must('auth.setupAdmin', { username: 'admin.kantor', fullName: 'Admin Kantor', password: PASSWORDS[0] });
    const db = new Database(t.dbPath);
    db.exec(`CREATE TRIGGER uji_gagal BEFORE INSERT ON users BEGIN SELECT RAISE(ABORT, 'disk I/O error (uji)'); END`);
    db.close();
    const r = await t.call('users.create', { username: 'budi', fullName: 'Budi', role: 'staff', password: PASSWORDS[1] });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged.length).toBeGreaterThan(0);
    const log = logged.map((e) => inspect(e, { depth: 10, showHidden: true })).join('\n');
    expect(log).toContain("disk I/O error (uji)");
    // The statement did carry parameters; they were replaced, not merely absent.
    expect(log).toContain("[parameters hidden]");
    expect(log).not.toMatch(/\$scrypt\$/);
    expect(log).not.toContain(PASSWORDS[1]);
  });

  it('drops secret-looking keys from any audit snapshot, at any depth', () => {
    const snapshot = { name: 'Siti', password: 'x', nested: [{ passwordHash: 'y', salt: 'z', mustChangePassword: true, token: 't' }], when: new Date(0) };
    expect(JSON.parse(JSON.stringify(withoutSecrets(snapshot)))).toEqual({ name: 'Siti', nested: [{ mustChangePassword: true }], when: '1970-01-01T00:00:00.000Z' });
  });
});
