import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionDto } from '../../../shared/dto';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, type TempCore } from '../../helpers/tempCore';
import { makeUser, openWindow, PASSWORDS, signedIn } from '../../helpers/sessions';

/** A clock the tests move by hand: lockout waits and idle locks without sleeping. */
let clock = new Date('2025-11-24T01:00:00Z');
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
let t: TempCore;

beforeEach(async () => {
  clock = new Date('2025-11-24T01:00:00Z');
  t = await openTempCore({ now: () => clock });
  await makeUser(t, 'admin', 'admin.kantor');
  await makeUser(t, 'staff', 'siti');
});
afterEach(async () => t.cleanup());

const login = (w = openWindow(t.core), username = 'siti', password = PASSWORDS.staff) => w.call<SessionDto>('auth.login', { username, password });
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error!.code);

describe('first administrator', () => {
  it('is created by the first screen, signs in at once, and only while no user exists', async () => {
    const fresh = await openTempCore();
    try {
      const w = openWindow(fresh.core);
      expect((await w.call('auth.status')).ok && (await fresh.must('auth.status')).setupRequired).toBe(true);
      const r = await w.call<SessionDto>('auth.setupAdmin', { username: 'Kepala', fullName: 'Kepala Kantor', password: 'kunci-pertama-1' });
      expect(r.ok && r.value.user.role).toBe('admin');
      expect(w.holder.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect((await w.call('agencies.list', {})).ok).toBe(true);
      const again = await openWindow(fresh.core).call('auth.setupAdmin', { username: 'penyusup', fullName: 'Penyusup', password: 'kunci-pertama-2' });
      expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'setupDone' } });
    } finally {
      await fresh.cleanup();
    }
  });
});

describe('sign-in', () => {
  it('needs a session for everything but the public channels', async () => {
    const w = openWindow(t.core);
    for (const channel of ['agencies.list', 'system.status', 'users.list', 'audit.verify']) {
      expect(await w.call(channel, channel === 'system.status' || channel === 'audit.verify' ? undefined : {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', key: 'notSignedIn' } });
    }
    expect((await w.call('auth.status')).ok).toBe(true);
    expect(code(await login(w))).toBe('OK');
    const status = await w.call<{ actor: { name: string; role: string } }>('system.status');
    expect(status.ok && status.value.actor).toMatchObject({ name: 'Uji staff', role: 'staff' });
  });

  it('takes the user name in any case and answers wrong name and wrong password alike', async () => {
    expect(code(await login(undefined, 'SITI'))).toBe('OK');
    const wrongPassword = await login(undefined, 'siti', 'salah-sekali-1');
    const unknownName = await login(undefined, 'tidak.ada', 'salah-sekali-1');
    expect(wrongPassword).toEqual(unknownName);
    expect(wrongPassword).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Nama pengguna atau kata sandi salah.' } });
  });

  it('waits longer after each failure and locks for 15 minutes after five, for known and unknown names alike', async () => {
    for (const name of ['siti', 'tidak.ada']) {
      const answers: string[] = [];
      for (const wait of [0, 1000, 2000, 4000, 8000]) {
        advance(wait);
        answers.push(code(await login(undefined, name, 'salah-sekali-1')));
      }
      expect(answers).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
      // Locked: even the right password is refused, with the minutes to wait.
      const locked = await login(undefined, name, name === 'siti' ? PASSWORDS.staff : 'salah-sekali-1');
      expect(locked).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', key: 'accountLocked', params: { minutes: 15 } } });
      advance(14 * 60_000);
      expect(code(await login(undefined, name, 'apa-saja-123'))).toBe('TOO_MANY_ATTEMPTS');
      advance(60_000);
    }
    expect(code(await login())).toBe('OK');
  });

  it('refuses a retry before the wait is over, without checking the password', async () => {
    await login(undefined, 'siti', 'salah-sekali-1');
    await login(undefined, 'siti', 'salah-sekali-2').then((r) => expect(code(r)).toBe('TOO_MANY_ATTEMPTS'));
    advance(1000);
    await login(undefined, 'siti', 'salah-sekali-2');
    advance(1000); // the second failure asks for 2 s
    const early = await login();
    expect(early).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', key: 'tooManyAttempts', params: { seconds: 1 } } });
    advance(1000);
    expect(code(await login())).toBe('OK');
    // Success clears the count: the next failure waits 1 s again, not 4 s.
    await login(undefined, 'siti', 'salah-sekali-3');
    advance(1000);
    expect(code(await login())).toBe('OK');
  });

  it('keeps a failure and its audit entry although the request fails', async () => {
    await login(undefined, 'siti', 'salah-sekali-1');
    await login(undefined, 'orang.asing', 'salah-sekali-1');
    const audit = await t.must('audit.list', { action: 'loginFailed' });
    expect(audit.items.map((e) => e.entityId).sort()).toEqual(['-', (await t.must('users.list', {})).find((u) => u.username === 'siti')!.id].sort());
    // The attempted unknown name is not recorded anywhere.
    expect(JSON.stringify(audit)).not.toContain('orang.asing');
  });

  it('tells a deactivated account only to someone who knows its password', async () => {
    const siti = (await t.must('users.list', {})).find((u) => u.username === 'siti')!;
    await t.must('users.setActive', { id: siti.id, active: false });
    expect(await login(undefined, 'siti', 'salah-sekali-1')).toMatchObject({ error: { key: 'loginFailed' } });
    advance(1000);
    expect(await login()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', key: 'accountInactive' } });
  });

  it('refuses sign-in from a caller with no window to hold the session', async () => {
    const before = databaseChecksum(t.dbPath);
    expect(await t.call('auth.login', { username: 'siti', password: PASSWORDS.staff })).toMatchObject({ ok: false, error: { code: 'PRECONDITION' } });
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });
});

describe('sessions', () => {
  it('locks after the office idle time; the same user unlocks with the password', async () => {
    await t.must('settings.update', { ...EXAMPLE_OFFICE, idleLockMinutes: 5 });
    const w = await signedIn(t, 'siti', PASSWORDS.staff);
    expect(w.session.idleLockMinutes).toBe(5);
    advance(4 * 60_000);
    expect((await w.call('agencies.list', {})).ok).toBe(true); // activity restarts the count
    advance(5 * 60_000);
    expect(await w.call('agencies.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect((await w.call<{ session: SessionDto }>('auth.status')).ok && (await w.call<{ session: SessionDto }>('auth.status'))).toMatchObject({ value: { session: { locked: true } } });
    expect(await w.call('auth.unlock', { password: PASSWORDS.admin })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', key: 'unlockFailed' } });
    advance(1000);
    expect(await w.call('auth.unlock', { password: PASSWORDS.staff })).toMatchObject({ ok: true, value: { locked: false } });
    expect((await w.call('agencies.list', {})).ok).toBe(true);
  });

  it('stays open while the page reports activity, without any other request', async () => {
    const w = await signedIn(t, 'siti', PASSWORDS.staff);
    for (let minute = 0; minute < 40; minute += 1) {
      advance(60_000);
      expect(await w.call('auth.keepAlive')).toEqual({ ok: true, value: { ok: true } });
    }
    expect((await w.call('agencies.list', {})).ok).toBe(true);
    expect(code(await openWindow(t.core).call('auth.keepAlive'))).toBe('UNAUTHENTICATED');
  });

  it('locks on request (the page idle timer, "Kunci layar") and signs out', async () => {
    const w = await signedIn(t, 'siti', PASSWORDS.staff);
    expect(await w.call('auth.lock')).toEqual({ ok: true, value: { locked: true } });
    expect(code(await w.call('agencies.list', {}))).toBe('SESSION_LOCKED');
    expect(await w.call('auth.logout')).toEqual({ ok: true, value: { signedOut: true } });
    expect(w.holder.sessionId).toBeNull();
    expect(code(await w.call('agencies.list', {}))).toBe('UNAUTHENTICATED');
    expect(code(await w.call('auth.unlock', { password: PASSWORDS.staff }))).toBe('UNAUTHENTICATED');
  });

  it('ends after twelve hours however active', async () => {
    const w = await signedIn(t, 'siti', PASSWORDS.staff);
    for (let i = 0; i < 12; i++) {
      advance(60 * 60_000 - 1);
      await w.call('auth.unlock', { password: PASSWORDS.staff });
    }
    advance(12);
    expect(await w.call('agencies.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', key: 'sessionEnded' } });
    expect(w.holder.sessionId).toBeNull();
  });

  it('applies a role change and a deactivation to an open session at once', async () => {
    await t.must('settings.update', EXAMPLE_OFFICE);
    const w = await signedIn(t, 'siti', PASSWORDS.staff);
    const groups = await t.must('agencyGroups.list');
    expect((await w.call('agencies.create', { name: 'Dinas Satu', groupId: groups[0]!.id })).ok).toBe(true);
    const siti = (await t.must('users.list', {})).find((u) => u.username === 'siti')!;
    await t.must('users.update', { id: siti.id, fullName: siti.fullName, role: 'viewer', canSeeConfidential: false });
    expect(code(await w.call('agencies.create', { name: 'Dinas Dua', groupId: groups[0]!.id }))).toBe('FORBIDDEN');
    await t.must('users.setActive', { id: siti.id, active: false });
    // Deactivation ends the user's sessions; the window is asked to sign in again.
    expect(await w.call('agencies.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', key: 'sessionEnded' } });
    expect(w.holder.sessionId).toBeNull();
  });

  it('records the signed-in user, not the transport, in the audit trail', async () => {
    await t.must('settings.update', EXAMPLE_OFFICE);
    const w = await signedIn(t, 'siti', PASSWORDS.staff);
    const groups = await t.must('agencyGroups.list');
    const created = await w.call<{ id: string }>('agencies.create', { name: 'Dinas Jejak', groupId: groups[0]!.id });
    const entry = (await t.must('audit.list', { entityId: created.ok ? created.value.id : '-' })).items[0]!;
    expect(entry).toMatchObject({ actorId: w.session.user.id, actorName: 'Uji staff', transport: 'ipc', channel: 'agencies.create' });
    const signIn = (await t.must('audit.list', { action: 'login', actorId: w.session.user.id })).items;
    expect(signIn).toHaveLength(1);
  });

  it('after an admin reset allows only changing the password, then everything again', async () => {
    const siti = (await t.must('users.list', {})).find((u) => u.username === 'siti')!;
    const open = await signedIn(t, 'siti', PASSWORDS.staff);
    await t.must('users.resetPassword', { id: siti.id, newPassword: 'sementara-123' });
    expect(code(await open.call('agencies.list', {}))).toBe('UNAUTHENTICATED'); // the old sign-in ended
    const w = await signedIn(t, 'siti', 'sementara-123');
    expect(w.session.mustChangePassword).toBe(true);
    expect(await w.call('agencies.list', {})).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    const same = await w.call('auth.changePassword', { currentPassword: 'sementara-123', newPassword: 'sementara-123' });
    expect(same).toMatchObject({ ok: false, error: { fields: { newPassword: { code: 'passwordUnchanged' } } } });
    const wrong = await w.call('auth.changePassword', { currentPassword: 'bukan-ini-123', newPassword: 'pilihan-siti-2025' });
    expect(wrong).toMatchObject({ ok: false, error: { fields: { currentPassword: { code: 'currentPasswordWrong' } } } });
    advance(1000);
    const changed = await w.call<SessionDto>('auth.changePassword', { currentPassword: 'sementara-123', newPassword: 'pilihan-siti-2025' });
    expect(changed.ok && changed.value.mustChangePassword).toBe(false);
    expect((await w.call('agencies.list', {})).ok).toBe(true);
    expect(code(await login(undefined, 'siti', 'pilihan-siti-2025'))).toBe('OK');
  });
});
