import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countAttendance } from '../../../shared/attendance';
import { invitationOf, meeting, seedCeremony, type Ceremony } from '../../helpers/ceremony';
import { contextAs, databaseChecksum, openTempCore, type TempCore } from '../../helpers/tempCore';

let t: TempCore;
let c: Ceremony;
const clock = new Date('2025-11-22T05:00:00Z');

beforeEach(async () => {
  t = await openTempCore({ now: () => clock });
  c = await seedCeremony(t);
});
afterEach(async () => t.cleanup());

describe('event types', () => {
  it('starts with the default types, editable as master data', async () => {
    const types = await t.must('eventTypes.list');
    expect(types.map((x) => x.name)).toEqual(['Workshop pembentukan', 'Pertemuan berkala', 'Monitoring dan evaluasi', 'Sosialisasi', 'Penandatanganan MoU', 'Lainnya']);
    const added = await t.must('eventTypes.save', { name: 'Rapat koordinasi', sortOrder: 65 });
    expect((await t.must('eventTypes.list')).map((x) => x.name)).toContain('Rapat koordinasi');
    const dup = await t.call('eventTypes.save', { name: '  rapat   KOORDINASI ' });
    expect(dup.ok === false && dup.error.fields?.name?.code).toBe('eventTypeDuplicate');
    await t.must('eventTypes.save', { id: added.id, name: 'Rapat koordinasi', active: false });
    const r = await t.call('events.create', meeting(added.id));
    expect(r.ok === false && r.error.fields?.typeId?.code).toBe('eventTypeUnknown');
    const staff = await t.call('eventTypes.save', { name: 'Lain lagi' }, contextAs('staff'));
    expect(staff.ok === false && staff.error.code).toBe('FORBIDDEN');
  });
});

describe('events and invitations', () => {
  it('creates an event and invites by hand, by group and by region, skipping repeats', async () => {
    const created = await t.must('events.create', meeting(c.typeId('Pertemuan berkala'), { agencyIds: [c.pemprov.id] }));
    expect(created.event).toMatchObject({ title: 'Pertemuan Berkala Narahubung Triwulan IV', startTime: '09:00', typeName: 'Pertemuan berkala', cancelled: false });
    expect(created.invitations.map((i) => i.agencyName)).toEqual(['Pemerintah Provinsi Kepulauan Bangka Belitung']);
    const groups = await t.must('agencyGroups.list');
    const kabkota = groups.find((g) => g.name === 'Pemerintah Kabupaten/Kota')!.id;
    const byGroup = await t.must('events.invite', { eventId: created.event.id, groupId: kabkota });
    expect(byGroup).toMatchObject({ added: 2, skipped: 0 });
    const again = await t.must('events.invite', { eventId: created.event.id, region: 'Kabupaten Bangka Tengah', agencyIds: [c.pemprov.id] });
    expect(again).toMatchObject({ added: 0, skipped: 2 });
    expect(again.detail.invitations.map((i) => i.agencyShortName)).toEqual(['Pemprov Babel', 'Pemkab Bangka Tengah', 'Pemkab Belitung Timur']);
    // The designated focal point is the one serving on the event's date.
    expect(invitationOf(again.detail, c.bateng.id).designatedFocal).toMatchObject({ name: 'Sri Wahyuni', phone: '0813 7000 2222' });
    expect(invitationOf(again.detail, c.beltim.id).flags.noFocalPoint).toBe(true);
    const nothing = await t.call('events.invite', { eventId: created.event.id });
    expect(nothing.ok === false && nothing.error.fields?.agencyIds?.code).toBe('inviteNothing');
  });

  it('checks dates and times between fields and changes nothing on bad input', async () => {
    const before = databaseChecksum(t.dbPath);
    const bad = await t.call('events.create', meeting(c.typeId('Sosialisasi'), { endDate: '2025-11-19', startTime: '9:00' }));
    expect(bad.ok === false && bad.error.fields).toMatchObject({ endDate: { code: 'eventEndBeforeStart' }, startTime: { code: 'time' } });
    const times = await t.call('events.create', meeting(c.typeId('Sosialisasi'), { startTime: '13:00', endTime: '12:00' }));
    expect(times.ok === false && times.error.fields?.endTime?.code).toBe('eventEndTimeOrder');
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('records attendance and counts by the rules: absent, focal point replaced, participants, walk-ins', async () => {
    const e = await t.must('events.create', meeting(c.typeId('Pertemuan berkala'), { agencyIds: [c.pemprov.id, c.bateng.id, c.beltim.id] }));
    const pemprov = invitationOf(e, c.pemprov.id);
    // Pemprov: its focal point came, with a colleague.
    await t.must('events.recordAttendance', {
      invitationId: pemprov.id,
      attendance: 'hadir',
      attendees: [
        { name: 'Rahmat Hidayat', position: 'Kepala Bagian Organisasi', personId: c.focal.pemprov.person.id },
        { name: 'Dewi Lestari', position: 'Staf Bagian Organisasi' },
      ],
    });
    // Bateng sent someone else instead of its focal point.
    await t.must('events.recordAttendance', { invitationId: invitationOf(e, c.bateng.id).id, attendance: 'diwakilkan', attendees: [{ name: 'Andi Saputra', position: 'Sekretaris Inspektorat' }] });
    // Beltim did not come.
    await t.must('events.recordAttendance', { invitationId: invitationOf(e, c.beltim.id).id, attendance: 'tidak_hadir', note: 'Bertepatan dengan rapat paripurna' });
    await t.must('events.saveWalkIn', { eventId: e.event.id, name: 'Yusuf Maulana', position: 'Dosen', institution: 'Universitas Bangka Belitung' });
    const d = await t.must('events.get', { id: e.event.id });
    expect(d.event.counts).toEqual({ invited: 3, recorded: 3, hadir: 1, diwakilkan: 1, absent: 1, notRecorded: 0, focalCame: 1, focalReplaced: 1, walkIns: 1, participants: 4 });
    expect(invitationOf(d, c.pemprov.id)).toMatchObject({ focalCame: true, flags: { absent: false, focalReplaced: false } });
    expect(invitationOf(d, c.bateng.id)).toMatchObject({ focalCame: false, flags: { focalReplaced: true } });
    expect(invitationOf(d, c.beltim.id)).toMatchObject({ focalCame: null, note: 'Bertepatan dengan rapat paripurna', flags: { absent: true } });
    const list = await t.must('events.list', {});
    expect(list.items[0]!.counts).toEqual(d.event.counts);
    // The agency page shows the history.
    const history = await t.must('events.agencyHistory', { agencyId: c.pemprov.id });
    expect(history).toEqual([expect.objectContaining({ title: e.event.title, attendance: 'hadir', attendeeNames: ['Rahmat Hidayat', 'Dewi Lestari'], focalCame: true })]);
  });

  it('refuses attendance that contradicts itself, before the event, or on a cancelled event', async () => {
    const e = await t.must('events.create', meeting(c.typeId('Pertemuan berkala'), { agencyIds: [c.pemprov.id] }));
    const inv = invitationOf(e, c.pemprov.id);
    const before = databaseChecksum(t.dbPath);
    const noNames = await t.call('events.recordAttendance', { invitationId: inv.id, attendance: 'hadir', attendees: [] });
    expect(noNames.ok === false && noNames.error.fields?.attendees?.code).toBe('attendeesRequired');
    const absentWithNames = await t.call('events.recordAttendance', { invitationId: inv.id, attendance: 'tidak_hadir', attendees: [{ name: 'X' }] });
    expect(absentWithNames.ok === false && absentWithNames.error.fields?.attendees?.code).toBe('attendeesNotExpected');
    const future = await t.must('events.create', meeting(c.typeId('Sosialisasi'), { startDate: '2025-12-01', agencyIds: [c.pemprov.id] }));
    const early = await t.call('events.recordAttendance', { invitationId: invitationOf(future, c.pemprov.id).id, attendance: 'hadir', attendees: [{ name: 'X' }] });
    expect(early.ok === false && early.error.fields?.attendance?.code).toBe('attendanceFuture');
    expect(databaseChecksum(t.dbPath)).not.toBe(before); // the second event was created
    const mid = databaseChecksum(t.dbPath);
    await t.must('events.setCancelled', { id: future.event.id, cancelled: true, reason: 'Ditunda' });
    const cancelled = await t.call('events.invite', { eventId: future.event.id, agencyIds: [c.bateng.id] });
    expect(cancelled.ok === false && cancelled.error.key).toBe('eventCancelled');
    expect(mid).not.toBe(databaseChecksum(t.dbPath));
  });

  it('keeps an invitation with recorded attendance, removes one without', async () => {
    const e = await t.must('events.create', meeting(c.typeId('Pertemuan berkala'), { agencyIds: [c.pemprov.id, c.bateng.id] }));
    await t.must('events.recordAttendance', { invitationId: invitationOf(e, c.pemprov.id).id, attendance: 'tidak_hadir' });
    const kept = await t.call('events.uninvite', { invitationId: invitationOf(e, c.pemprov.id).id });
    expect(kept.ok === false && kept.error.key).toBe('invitationHasAttendance');
    const after = await t.must('events.uninvite', { invitationId: invitationOf(e, c.bateng.id).id });
    expect(after.invitations).toHaveLength(1);
    // The database refuses attendees for an absent agency, whatever path writes them.
    const db = new Database(t.dbPath);
    expect(() =>
      db.prepare(`INSERT INTO event_attendees (id, office_code, event_id, invitation_id, name, created_at, updated_at) VALUES ('x', 'BABEL', ?, ?, 'Y', '', '')`).run(e.event.id, invitationOf(e, c.pemprov.id).id),
    ).toThrow(/did not attend/);
    db.close();
  });
});

describe('attendance counting rules (pure)', () => {
  const f = (attendance: 'belum' | 'hadir' | 'tidak_hadir' | 'diwakilkan', attendees: Array<string | null>, designated: string | null) => ({
    attendance,
    attendeeCount: attendees.length,
    designatedPersonId: designated,
    attendeePersonIds: attendees,
  });
  it('counts participants only for attending agencies, and focal points only where designated', () => {
    const counts = countAttendance([f('hadir', ['p1', null], 'p1'), f('hadir', [null], null), f('diwakilkan', [null, null], 'p3'), f('belum', [], 'p4'), f('tidak_hadir', [], 'p5')], 3);
    expect(counts).toEqual({ invited: 5, recorded: 4, hadir: 2, diwakilkan: 1, absent: 1, notRecorded: 1, focalCame: 1, focalReplaced: 1, walkIns: 3, participants: 8 });
  });
});
