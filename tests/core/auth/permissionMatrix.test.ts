import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import { permissionsFor, type Permission } from '../../../shared/permissions';
import { contextAs, databaseChecksum, EXAMPLE_OFFICE, openTempCore, type TempCore } from '../../helpers/tempCore';
import { makeUser, PASSWORDS, signedIn, type Window } from '../../helpers/sessions';

/**
 * Every channel of the contract, whoever added it, against every role, through real sessions
 * (the path a window takes). The probe input is malformed on purpose: a permitted call gets
 * past the permission check and stops at validation; a refused one says FORBIDDEN. Nothing
 * in the database may change either way.
 */
const PROBE = { __probe: true };

/**
 * Mutations a viewer may run: they produce a document (a file and its row) or install an
 * already downloaded update, and change no record. A new mutation open to viewers fails the
 * test below until it is listed here with its reason.
 */
const VIEWER_MAY_RUN = new Set<string>([
  'roster.printDirectory',
  'roster.exportXlsx',
  'cases.printFile', // confidential identities always masked in print
  'cases.exportXlsx', // confidential identities always masked in exports
  'events.printAttendanceList',
  'actionPlans.printMonitoring',
  'updates.install',
]);

type Caller = { name: string; window: Window; permissions: ReadonlySet<Permission> };
let t: TempCore;
let callers: Caller[];

beforeAll(async () => {
  t = await openTempCore();
  await t.must('settings.update', EXAMPLE_OFFICE);
  await makeUser(t, 'admin', 'admin.kantor');
  await makeUser(t, 'staff', 'staf.biasa');
  await makeUser(t, 'staff', 'staf.rahasia', { canSeeConfidential: true });
  await makeUser(t, 'viewer', 'pembaca');
  callers = [
    { name: 'admin', window: await signedIn(t, 'admin.kantor', PASSWORDS.admin), permissions: permissionsFor('admin') },
    { name: 'staff', window: await signedIn(t, 'staf.biasa', PASSWORDS.staff), permissions: permissionsFor('staff') },
    { name: 'staff + confidential grant', window: await signedIn(t, 'staf.rahasia', PASSWORDS.staff), permissions: permissionsFor('staff', { canSeeConfidential: true }) },
    { name: 'viewer', window: await signedIn(t, 'pembaca', PASSWORDS.viewer), permissions: permissionsFor('viewer') },
  ];
}, 60_000);
afterAll(async () => t.cleanup());

const mayRun = (channel: Channel, permissions: ReadonlySet<Permission>): boolean => {
  const access = contract[channel].permission;
  return access === 'public' || access === 'signedIn' || permissions.has(access);
};

describe('permission matrix: every channel x every role', () => {
  it.each(CHANNELS)('%s is refused exactly to the roles without its permission', async (channel) => {
    const before = databaseChecksum(t.dbPath);
    for (const caller of callers) {
      const r = await caller.window.call(channel, PROBE);
      const refused = !r.ok && r.error.code === 'FORBIDDEN';
      expect({ caller: caller.name, refused }).toEqual({ caller: caller.name, refused: !mayRun(channel, caller.permissions) });
      if (!r.ok) expect(['FORBIDDEN', 'VALIDATION']).toContain(r.error.code);
    }
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('gives a viewer FORBIDDEN on every mutation except the listed documents', async () => {
    const viewer = callers.find((c) => c.name === 'viewer')!;
    const open: string[] = [];
    for (const channel of CHANNELS) {
      const def = contract[channel];
      if (def.kind !== 'mutation' || def.permission === 'public' || def.permission === 'signedIn') continue;
      const r = await viewer.window.call(channel, PROBE);
      if (r.ok || r.error.code !== 'FORBIDDEN') open.push(channel);
    }
    expect(open.filter((c) => !VIEWER_MAY_RUN.has(c))).toEqual([]);
  });

  it('opens only sign-in and session channels to the public, and only changing one\'s password to any signed-in user', () => {
    const byAccess = (access: string) => CHANNELS.filter((c) => contract[c].permission === access).sort();
    // updates.status: the status line's poll must not count as activity (issue 8); versions only.
    expect(byAccess('public')).toEqual(['auth.lock', 'auth.login', 'auth.logout', 'auth.setupAdmin', 'auth.status', 'auth.unlock', 'updates.status']);
    expect(byAccess('signedIn')).toEqual(['auth.changePassword', 'auth.keepAlive']);
  });

  it('lets nobody but the grant see confidential identities', () => {
    for (const c of callers) expect({ caller: c.name, sees: c.permissions.has('confidential.read') }).toEqual({ caller: c.name, sees: c.name.includes('grant') });
    expect(contextAs('viewer').permissions.has('confidential.read')).toBe(false);
  });
});
