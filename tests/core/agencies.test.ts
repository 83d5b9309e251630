import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agencyEditableFields, type AgencyCreateInput } from '../../shared/contract/agencies';
import type { AgencyGroupDto } from '../../shared/dto';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, type TempCore } from '../helpers/tempCore';

let t: TempCore;
let groups: AgencyGroupDto[];
const group = (name: string) => groups.find((g) => g.name === name)!.id;

beforeEach(async () => {
  t = await openTempCore();
  await t.must('settings.update', EXAMPLE_OFFICE);
  groups = await t.must('agencyGroups.list');
});
afterEach(async () => t.cleanup());

const dinkes = (): AgencyCreateInput => ({
  name: 'Dinas Kesehatan Kabupaten Bangka Tengah',
  shortName: 'Dinkes Bateng',
  groupId: group('Pemerintah Kabupaten/Kota'),
  region: 'Kabupaten Bangka Tengah',
  address: 'Jl. Raya Koba No. 1\nKoba',
  phone: '0718-123 456',
  email: 'dinkes@bangkatengahkab.go.id',
  headName: 'Sari Utami',
  headPosition: 'Kepala Dinas',
  headNip: '198001012005012001',
  notes: '',
});

describe('agency register', () => {
  it('creates, reads and updates an agency', async () => {
    const a = await t.must('agencies.create', { ...dinkes(), name: '  Dinas   Kesehatan Kabupaten Bangka Tengah ' });
    expect(a.name).toBe('Dinas Kesehatan Kabupaten Bangka Tengah');
    expect(a.groupName).toBe('Pemerintah Kabupaten/Kota');
    expect(a.officeCode).toBe('BABEL');
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(a.address).toBe('Jl. Raya Koba No. 1\nKoba');
    const b = await t.must('agencies.update', { ...agencyEditableFields(a), id: a.id, shortName: 'Dinkes Bangka Tengah', expectedUpdatedAt: a.updatedAt });
    expect(b.shortName).toBe('Dinkes Bangka Tengah');
    expect(b.updatedAt > a.updatedAt).toBe(true);
    expect(await t.must('agencies.get', { id: a.id })).toEqual(b);
    await t.reopen();
    expect((await t.must('agencies.get', { id: a.id })).shortName).toBe('Dinkes Bangka Tengah');
  });

  it('keeps names unique per office regardless of case and spaces', async () => {
    const a = await t.must('agencies.create', dinkes());
    const other = await t.must('agencies.create', { ...dinkes(), name: 'Dinas Sosial Kabupaten Bangka Tengah' });
    const before = databaseChecksum(t.dbPath);
    const dup = await t.call('agencies.create', { ...dinkes(), name: 'DINAS kesehatan  kabupaten bangka tengah' });
    expect(dup.ok).toBe(false);
    if (!dup.ok) {
      expect(dup.error.code).toBe('DUPLICATE');
      expect(dup.error.fields?.name?.message).toContain('Dinas Kesehatan Kabupaten Bangka Tengah');
    }
    const rename = await t.call('agencies.update', { ...agencyEditableFields(other), id: other.id, name: a.name.toUpperCase() });
    expect(rename.ok === false && rename.error.code).toBe('DUPLICATE');
    expect(databaseChecksum(t.dbPath)).toBe(before);
    // Renaming an agency to a new spelling of its own name is fine.
    const self = await t.call('agencies.update', { ...agencyEditableFields(a), id: a.id, name: a.name.toLowerCase() });
    expect(self.ok).toBe(true);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['name', { name: '' }, 'required'],
    ['name', { name: '   ' }, 'required'],
    ['name', { name: 'x'.repeat(201) }, 'tooLong'],
    ['name', { name: 'Dinas\u0000Rahasia' }, 'singleLine'],
    ['name', { name: 42 }, 'required'],
    ['shortName', { shortName: 'x'.repeat(61) }, 'tooLong'],
    ['groupId', { groupId: 'pemerintah' }, 'uuid'],
    ['groupId', { groupId: '01943920-3681-7659-bbb6-9ed692c655a3' }, 'groupUnknown'],
    ['region', { region: 'x'.repeat(101) }, 'tooLong'],
    ['address', { address: 'x'.repeat(401) }, 'tooLong'],
    ['phone', { phone: '0812-ABC' }, 'phone'],
    ['email', { email: 'dinkes at bangka' }, 'email'],
    ['headName', { headName: 'x'.repeat(121) }, 'tooLong'],
    ['headPosition', { headPosition: ['Kepala'] }, 'invalidType'],
    ['headNip', { headNip: '12345678901234567' }, 'nip'],
    ['notes', { notes: 'x'.repeat(4001) }, 'tooLong'],
    ['_', { active: false }, 'unknownField'],
  ];

  it.each(bad)('rejects a bad %s with a clear message and changes nothing (%j)', async (field, patch, code) => {
    const existing = await t.must('agencies.create', dinkes());
    const before = databaseChecksum(t.dbPath);
    const created = await t.call('agencies.create', { ...dinkes(), name: 'Dinas Lain', ...patch } as never);
    expect(created.ok === false && created.error.fields?.[field]?.code).toBe(code);
    const updated = await t.call('agencies.update', { ...agencyEditableFields(existing), id: existing.id, ...patch } as never);
    expect(updated.ok === false && updated.error.fields?.[field]?.code).toBe(code);
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('refuses work before the office profile exists', async () => {
    const empty = await openTempCore();
    const r = await empty.call('agencies.create', { ...dinkes(), groupId: groups[0]!.id });
    expect(r.ok === false && r.error.code).toBe('PRECONDITION');
    await empty.cleanup();
  });

  it('detects an edit made by someone else meanwhile', async () => {
    const a = await t.must('agencies.create', dinkes());
    await t.must('agencies.update', { ...agencyEditableFields(a), id: a.id, phone: '0718 999 111', expectedUpdatedAt: a.updatedAt });
    const stale = await t.call('agencies.update', { ...agencyEditableFields(a), id: a.id, phone: '0718 000 000', expectedUpdatedAt: a.updatedAt });
    expect(stale.ok === false && stale.error.code).toBe('CONFLICT');
    expect((await t.must('agencies.get', { id: a.id })).phone).toBe('0718 999 111');
  });

  it('deactivates and reactivates without deleting, and refuses a repeat', async () => {
    const a = await t.must('agencies.create', dinkes());
    const off = await t.must('agencies.setActive', { id: a.id, active: false, reason: 'Digabung dengan Dinas Sosial' });
    expect(off.active).toBe(false);
    const again = await t.call('agencies.setActive', { id: a.id, active: false });
    expect(again.ok === false && again.error.code).toBe('CONFLICT');
    expect((await t.must('agencies.list', {})).total).toBe(0);
    expect((await t.must('agencies.list', { status: 'inactive' })).items.map((x) => x.id)).toEqual([a.id]);
    const on = await t.must('agencies.setActive', { id: a.id, active: true });
    expect(on.active).toBe(true);
    const missing = await t.call('agencies.setActive', { id: '01943920-3681-7659-bbb6-9ed692c655a3', active: false });
    expect(missing.ok === false && missing.error.code).toBe('NOT_FOUND');
  });

  it('lists with search, filters, sorting and paging', async () => {
    const names = ['Inspektorat Kabupaten Belitung', 'Dinas Pendidikan Kota Pangkalpinang', 'Kepolisian Daerah Kepulauan Bangka Belitung', 'Dinas 100% Digital'];
    for (const [i, name] of names.entries()) {
      await t.must('agencies.create', { ...dinkes(), name, region: i === 0 ? 'Kabupaten Belitung' : 'Kota Pangkalpinang', groupId: group(i === 0 ? 'Inspektorat' : i === 2 ? 'Kepolisian' : 'Pemerintah Kabupaten/Kota'), headName: i === 1 ? 'Rahmat Hidayat' : 'Sari Utami' });
    }
    const list = (input: object) => t.must('agencies.list', input).then((p) => p.items.map((a) => a.name));
    expect(await list({ search: 'BELITUNG' })).toEqual(['Inspektorat Kabupaten Belitung', 'Kepolisian Daerah Kepulauan Bangka Belitung']);
    expect(await list({ search: 'rahmat' })).toEqual(['Dinas Pendidikan Kota Pangkalpinang']);
    expect(await list({ search: '100%' })).toEqual(['Dinas 100% Digital']);
    expect(await list({ search: '%' })).toEqual(['Dinas 100% Digital']);
    expect(await list({ search: '_' })).toEqual([]);
    expect(await list({ groupId: group('Inspektorat') })).toEqual(['Inspektorat Kabupaten Belitung']);
    expect(await list({ region: 'Kota Pangkalpinang', sortDir: 'desc' })).toEqual(['Kepolisian Daerah Kepulauan Bangka Belitung', 'Dinas Pendidikan Kota Pangkalpinang', 'Dinas 100% Digital']);
    expect(await list({ sortBy: 'group' })).toEqual(['Dinas 100% Digital', 'Dinas Pendidikan Kota Pangkalpinang', 'Inspektorat Kabupaten Belitung', 'Kepolisian Daerah Kepulauan Bangka Belitung']);
    const page2 = await t.must('agencies.list', { pageSize: 3, page: 2 });
    expect(page2.total).toBe(4);
    expect(page2.items).toHaveLength(1);
    expect(await t.must('agencies.regions')).toEqual(['Kabupaten Belitung', 'Kota Pangkalpinang']);
    const badList = await t.call('agencies.list', { pageSize: 100000 });
    expect(badList.ok).toBe(false);
    const hostile = await t.call('agencies.list', { search: `'; DROP TABLE agencies; --` });
    expect(hostile.ok && hostile.value.total).toBe(0);
  });

  it('offers every agency to pickers, beyond the largest list page, by name, inactive ones marked', async () => {
    const created: string[] = [];
    for (let i = 0; i < 520; i++) {
      const a = await t.must('agencies.create', { name: `Satuan Kerja ${String(519 - i).padStart(3, '0')}`, groupId: group('Instansi Vertikal/Kantor Wilayah'), region: i % 2 ? 'Kota Pangkalpinang' : '' });
      created.push(a.id);
    }
    await t.must('agencies.setActive', { id: created[0]!, active: false, reason: 'Dilebur' });
    const before = databaseChecksum(t.dbPath);
    const options = await t.must('agencies.options');
    expect(databaseChecksum(t.dbPath)).toBe(before);
    expect(options).toHaveLength(520);
    // Created from 519 down to 000; the first one created (519) was deactivated.
    expect(options[0]).toMatchObject({ name: 'Satuan Kerja 000', groupName: 'Instansi Vertikal/Kantor Wilayah', active: true, region: 'Kota Pangkalpinang' });
    expect(options.at(-1)).toMatchObject({ id: created[0], name: 'Satuan Kerja 519', active: false, region: '' });
    expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort());
    expect(Object.keys(options[0]!).sort()).toEqual(['active', 'groupId', 'groupName', 'id', 'name', 'region', 'shortName']);
    // The paged list stops at 500.
    expect((await t.call('agencies.list', { pageSize: 501 })).ok).toBe(false);
  });

  it('edits the group list as master data', async () => {
    const g = await t.must('agencyGroups.save', { name: 'Rumah Sakit Pemerintah', sortOrder: 85 });
    expect((await t.must('agencyGroups.list')).map((x) => x.name)).toContain('Rumah Sakit Pemerintah');
    const dup = await t.call('agencyGroups.save', { name: 'rumah sakit  pemerintah' });
    expect(dup.ok === false && dup.error.code).toBe('DUPLICATE');
    await t.must('agencies.create', { ...dinkes(), groupId: g.id });
    const inUse = await t.call('agencyGroups.save', { id: g.id, name: g.name, active: false });
    expect(inUse.ok === false && inUse.error.code).toBe('CONFLICT');
  });
});
