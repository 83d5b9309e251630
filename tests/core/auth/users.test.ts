import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { permissionsFor } from '../../../shared/permissions';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, type TempCore } from '../../helpers/tempCore';
import { makeUser, PASSWORDS, signedIn } from '../../helpers/sessions';

let t: TempCore;
beforeEach(async () => {
  t = await openTempCore();
});
afterEach(async () => t.cleanup());

const user = async (username: string) => (await t.must('users.list', {})).find((u) => u.username === username)!;

describe('user management', () => {
  it('creates users with a unique, case-insensitive name; the first password must be changed', async () => {
    await makeUser(t, 'admin', 'admin.kantor');
    const created = await t.must('users.create', { username: 'Budi.S', fullName: 'Budi Santoso', role: 'staff', password: 'awal-budi-2025' });
    expect(created).toMatchObject({ username: 'Budi.S', role: 'staff', active: true, mustChangePassword: true, canSeeConfidential: false });
    const before = databaseChecksum(t.dbPath);
    const twin = await t.call('users.create', { username: 'budi.s', fullName: 'Budi Lain', role: 'viewer', password: 'awal-budi-2025' });
    expect(twin).toMatchObject({ ok: false, error: { code: 'DUPLICATE', fields: { username: { code: 'usernameTaken' } } } });
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it.each([
    ['a short password', { password: 'pendek' }, 'password', 'passwordTooShort'],
    ['one repeated character', { password: 'aaaaaaaaaaaa' }, 'password', 'passwordTrivial'],
    ['the user name as password', { username: 'rahasia.sekali', password: 'RAHASIA.SEKALI' }, 'password', 'passwordSameAsUsername'],
    ['a user name with spaces', { username: 'budi santoso' }, 'username', 'username'],
    ['an unknown role', { role: 'root' }, 'role', 'invalidOption'],
    ['a viewer with the confidential grant', { role: 'viewer', canSeeConfidential: true }, 'canSeeConfidential', 'confidentialViewer'],
  ])('refuses %s and changes nothing', async (_name, patch, field, code) => {
    await makeUser(t, 'admin', 'admin.kantor');
    const before = databaseChecksum(t.dbPath);
    const r = await t.call('users.create', { username: 'budi', fullName: 'Budi', role: 'staff', password: 'awal-budi-2025', ...patch } as never);
    expect(r).toMatchObject({ ok: false, error: { fields: { [field]: { code } } } });
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('grants confidential identities only through the grant, never to a viewer', async () => {
    expect(permissionsFor('admin').has('confidential.read')).toBe(false);
    expect(permissionsFor('staff', { canSeeConfidential: true }).has('confidential.read')).toBe(true);
    expect(permissionsFor('viewer', { canSeeConfidential: true }).has('confidential.read')).toBe(false);
    await makeUser(t, 'admin', 'admin.kantor');
    const staff = await makeUser(t, 'staff', 'siti', { canSeeConfidential: true });
    const w = await signedIn(t, 'siti', PASSWORDS.staff);
    expect(w.session.permissions).toContain('confidential.read');
    const demote = await t.call('users.update', { id: staff.id, fullName: staff.fullName, role: 'viewer', canSeeConfidential: true });
    expect(demote).toMatchObject({ ok: false, error: { fields: { canSeeConfidential: { code: 'confidentialViewer' } } } });
    // The database refuses it too, whatever a future bug might try.
    const db = new Database(t.dbPath);
    expect(() => db.prepare(`UPDATE users SET role = 'viewer' WHERE id = ?`).run(staff.id)).toThrow(/CHECK/);
    db.close();
  });

  it('never leaves the office without an active administrator', async () => {
    const admin = await makeUser(t, 'admin', 'admin.kantor');
    const w = await signedIn(t, 'admin.kantor', PASSWORDS.admin);
    // Trusted callers (no session) are not "self": the rule itself holds.
    expect(await t.call('users.update', { id: admin.id, fullName: admin.fullName, role: 'staff', canSeeConfidential: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'lastAdmin' } });
    expect(await t.call('users.setActive', { id: admin.id, active: false })).toMatchObject({ ok: false, error: { key: 'lastAdmin' } });
    // One's own role or account: never through one's own session.
    expect(await w.call('users.setActive', { id: admin.id, active: false })).toMatchObject({ ok: false, error: { key: 'selfChange' } });
    const second = await makeUser(t, 'admin', 'admin.dua');
    expect(await w.call('users.update', { id: admin.id, fullName: admin.fullName, role: 'staff', canSeeConfidential: false })).toMatchObject({ ok: false, error: { key: 'selfChange' } });
    expect((await w.call('users.setActive', { id: second.id, active: false })).ok).toBe(true);
    // The database holds the rule even against raw SQL.
    const db = new Database(t.dbPath);
    expect(() => db.prepare(`UPDATE users SET active = 0, deactivated_at = 'x' WHERE role = 'admin'`).run()).toThrow(/administrator must remain/);
    expect(() => db.prepare(`DELETE FROM users`).run()).toThrow(/never deleted/);
    db.close();
  });

  it('resets a password: clears a lockout, ends the sessions, and requires a change by default', async () => {
    await makeUser(t, 'admin', 'admin.kantor');
    const staff = await makeUser(t, 'staff', 'siti');
    const open = await signedIn(t, 'siti', PASSWORDS.staff);
    const reset = await t.must('users.resetPassword', { id: staff.id, newPassword: 'sementara-2025' });
    expect(reset).toMatchObject({ mustChangePassword: true, lockedUntil: null });
    expect((await open.call('agencies.list', {})).ok).toBe(false);
    const noChange = await t.must('users.resetPassword', { id: staff.id, newPassword: 'sementara-2026', mustChange: false });
    expect(noChange.mustChangePassword).toBe(false);
  });

  it('joins accounts made before the office profile to the office', async () => {
    await makeUser(t, 'admin', 'admin.kantor');
    const raw = () => new Database(t.dbPath, { readonly: true });
    let db = raw();
    expect(db.prepare(`SELECT office_code FROM users`).all()).toEqual([{ office_code: '-' }]);
    db.close();
    await t.must('settings.update', EXAMPLE_OFFICE);
    db = raw();
    expect(db.prepare(`SELECT office_code FROM users`).all()).toEqual([{ office_code: 'BABEL' }]);
    db.close();
    expect((await user('admin.kantor')).active).toBe(true);
  });
});
