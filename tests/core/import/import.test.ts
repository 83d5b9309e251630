import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreviewDto } from '../../../shared/dto';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, type TempCore } from '../../helpers/tempCore';
import { b64, OFFICE_HEADERS, xlsx, type Cell } from './fixtures';

const TODAY = '2025-11-22';
let t: TempCore;

beforeEach(async () => {
  t = await openTempCore({ now: () => new Date(`${TODAY}T03:00:00Z`) });
  await t.must('settings.update', EXAMPLE_OFFICE);
});
afterEach(async () => t.cleanup());

const HAPPY: Cell[][] = [
  ['DAFTAR NARAHUBUNG INSTANSI MITRA 2025'],
  [],
  OFFICE_HEADERS,
  [1, 'Inspektorat Kota Pangkalpinang', 'Inspektorat', 'Kota Pangkalpinang', 'Budi Santoso', 'Inspektur Pembantu', '198001012005011001', 81270001111, 'budi@pangkalpinangkota.go.id', '800/12/SK/2024', new Date(Date.UTC(2024, 0, 2)), 'utama'],
  [2, 'Dinas Kesehatan Provinsi Kepulauan Bangka Belitung', 'Pemerintah Provinsi', '', 'Sari Utami', 'Kasubbag Umum', '', '0812-7000-2222', '', '', '', ''],
  [3, 'Dinas Kesehatan Provinsi Kepulauan Bangka Belitung', 'Pemerintah Provinsi', '', 'Rahmat Hidayat', 'Staf', '', '0812 7000 3333', '', '', '', 'cadangan'],
  [4, 'PT Timah Tbk', 'BUMN/BUMD', 'Kabupaten Bangka', '', '', '', '', '', '', '', ''],
];

async function preview(rows: Cell[][], extra: Record<string, unknown> = {}): Promise<{ file: { fileName: string; base64: string }; p: ImportPreviewDto }> {
  const file = { fileName: 'narahubung.xlsx', base64: b64(await xlsx({ Data: rows })) };
  const p = await t.must('import.preview', { ...file, ...extra });
  return { file, p };
}

const commitInput = (file: { fileName: string; base64: string }, p: ImportPreviewDto, extra: Record<string, unknown> = {}) => ({
  ...file,
  mapping: p.appliedMapping,
  expectedSha256: p.fileSha256,
  expectedPlanDigest: p.planDigest,
  ...extra,
});

describe('import: the happy path', () => {
  it('previews an office spreadsheet, writes nothing, then imports agencies and focal points', async () => {
    const before = databaseChecksum(t.dbPath);
    const { file, p } = await preview(HAPPY);
    expect(databaseChecksum(t.dbPath)).toBe(before);
    expect(p.headerRowNumber).toBe(3);
    expect(p.appliedMapping).toMatchObject({ name: 1, group: 2, region: 3, focalName: 4, focalPosition: 5, focalNip: 6, focalPhone: 7, decreeNumber: 9, decreeDate: 10, role: 11 });
    expect(p.rows.map((r) => [r.rowNumber, r.action])).toEqual([[4, 'create'], [5, 'create'], [6, 'addFocal'], [7, 'create']]);
    expect(p.rows[0]!.values).toMatchObject({ focalPhone: '081270001111', decreeDate: '2024-01-02', role: 'utama' });
    expect(p.counts).toMatchObject({ rows: 4, create: 3, addFocal: 1, error: 0, agencies: 3, focalPoints: 3 });
    expect(p.canCommit).toBe(true);

    const result = await t.must('import.commit', commitInput(file, p));
    expect(result).toMatchObject({ agenciesCreated: 3, personsCreated: 3, assignmentsCreated: 3 });
    const roster = await t.must('roster.list', { sortBy: 'agency' });
    const byName = new Map(roster.items.map((r) => [r.agencyName, r]));
    expect(byName.get('Inspektorat Kota Pangkalpinang')?.primary).toMatchObject({ startDate: TODAY, decreeDate: '2024-01-02', person: { name: 'Budi Santoso', phone: '081270001111', nip: '198001012005011001' } });
    expect(byName.get('Dinas Kesehatan Provinsi Kepulauan Bangka Belitung')).toMatchObject({ primary: { person: { name: 'Sari Utami' } }, backupCount: 1 });
    expect(byName.get('PT Timah Tbk')?.flags.noFocalPoint).toBe(true);

    // One summary entry for the import itself, beside the services' own entries.
    const audit = (await import('better-sqlite3')).default(t.dbPath, { readonly: true });
    const summary = audit.prepare(`SELECT after_json FROM audit_log WHERE entity = 'import'`).all() as Array<{ after_json: string }>;
    const creates = audit.prepare(`SELECT count(*) AS n FROM audit_log WHERE channel = 'import.commit' AND entity = 'agency'`).get() as { n: number };
    audit.close();
    expect(summary).toHaveLength(1);
    expect(JSON.parse(summary[0]!.after_json)).toMatchObject({ fileName: 'narahubung.xlsx', sha256: p.fileSha256, agenciesCreated: 3, assignmentsCreated: 3 });
    expect(creates.n).toBe(3);
  });

  it('re-importing the same sheet is not blocked: everything is already there and is skipped', async () => {
    const { file, p } = await preview(HAPPY);
    await t.must('import.commit', commitInput(file, p));
    const again = await t.must('import.preview', file);
    expect(again.rows.map((r) => r.action)).toEqual(['skip', 'skip', 'skip', 'skip']);
    expect(again.canCommit).toBe(false);
    const refused = await t.call('import.commit', commitInput(file, again));
    expect(refused.ok === false && refused.error.code).toBe('PRECONDITION');
  });
});

const problemsOf = (p: ImportPreviewDto, rowNumber: number) => p.rows.find((r) => r.rowNumber === rowNumber)!.problems;
const codesOf = (p: ImportPreviewDto, rowNumber: number) => problemsOf(p, rowNumber).map((x) => `${x.field}:${x.code}`);

describe('import: each row problem is shown, and nothing is imported while one remains', () => {
  const H = ['Nama Instansi', 'Kelompok Instansi', 'Nama Narahubung', 'NIP', 'No HP', 'Email', 'Tanggal Mulai', 'Peran'];
  const ROWS: Cell[][] = [
    H,
    ['', 'Inspektorat', 'Budi', '', '', '', '', ''], // 2 missing agency name
    ['Dinas A', 'Inspektorat', 'Budi', '', '0812-abc', '', '', ''], // 3 bad phone
    ['Dinas B', 'Inspektorat', 'Sari', '', '', 'sari@', '', ''], // 4 bad email
    ['Dinas C', 'Inspektorat', 'Rina', '1980', '', '', '', ''], // 5 bad NIP
    ['Dinas D', 'Inspektorat', 'Dodi', '', '', '', '31/02/2025', ''], // 6 impossible date
    ['Dinas E', 'Inspektorat', 'Eka', '', '', '', 'besok', ''], // 7 unreadable date
    ['Dinas F', 'Pemkab', '', '', '', '', '', ''], // 8 unknown group
    ['Dinas G', '', '', '', '', '', '', ''], // 9 no group for a new agency
    ['Dinas H', 'Inspektorat', 'Hadi', Number('198001012005011001'), '', '', '', ''], // 10 NIP stored as a number
    ['Dinas I', 'Inspektorat', 'Indra', '', '', '', '', 'ketua'], // 11 unknown role
    ['Dinas J', 'Inspektorat', '', '', '0812 7000 1111', '', '', ''], // 12 focal data without a name
    ['dinas   a', 'Inspektorat', '', '', '', '', '', ''], // 13 duplicate of row 3
    ['Dinas K', 'Inspektorat', 'Kiki', '', '0812 7000 4444', '', '22 Agustus 2025', 'Cadangan'], // 14 fine
  ];

  it('names each problem with the same messages as the forms', async () => {
    const { file, p } = await preview(ROWS);
    expect(codesOf(p, 2)).toEqual(['name:required']);
    expect(codesOf(p, 3)).toEqual(['focalPhone:phone']);
    expect(problemsOf(p, 3)[0]!.message).toContain('Nomor telepon tidak valid');
    expect(codesOf(p, 4)).toEqual(['focalEmail:email']);
    expect(codesOf(p, 5)).toEqual(['focalNip:nip']);
    expect(problemsOf(p, 5)[0]!.message).toBe('NIP harus 18 digit angka');
    expect(codesOf(p, 6)).toEqual(['startDate:importDate']);
    expect(codesOf(p, 7)).toEqual(['startDate:importDate']);
    expect(codesOf(p, 8)).toEqual(['group:importGroupUnknown']);
    expect(problemsOf(p, 8)[0]!.message).toContain('Pemerintah Kabupaten/Kota');
    expect(codesOf(p, 9)).toEqual(['group:importGroupRequired']);
    expect(codesOf(p, 10)).toEqual(['focalNip:importNipAsNumber']);
    expect(codesOf(p, 11)).toEqual(['role:importRole']);
    expect(codesOf(p, 12)).toEqual(['focalName:importFocalNameRequired']);
    expect(codesOf(p, 13)).toEqual(['name:importDuplicateRow']);
    expect(problemsOf(p, 13)[0]!.params).toEqual({ row: 3 });
    expect(p.rows.find((r) => r.rowNumber === 14)).toMatchObject({ action: 'create', values: { startDate: '2025-08-22', role: 'cadangan' }, problems: [] });
    expect(p.counts.error).toBe(12);
    expect(p.unknownGroups).toEqual([{ text: 'Pemkab', key: 'pemkab', rows: [8] }]);
    expect(p.canCommit).toBe(false);

    const before = databaseChecksum(t.dbPath);
    const r = await t.call('import.commit', commitInput(file, p));
    expect(r.ok === false && r.error.code).toBe('VALIDATION');
    expect(r.ok === false && r.error.message).toContain('12 baris masih bermasalah');
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('lets the office match an unknown group name to one of its groups', async () => {
    const groups = await t.must('agencyGroups.list');
    const pemkab = groups.find((g) => g.name === 'Pemerintah Kabupaten/Kota')!;
    const rows: Cell[][] = [H, ['Dinas F', 'Pemkab', '', '', '', '', '', ''], ['Dinas Z', 'pemerintah kabupaten kota', '', '', '', '', '', '']];
    const { file, p } = await preview(rows, { groupMap: { pemkab: pemkab.id } });
    expect(p.rows.map((r) => r.action)).toEqual(['create', 'create']);
    await t.must('import.commit', commitInput(file, p, { groupMap: { pemkab: pemkab.id } }));
    const list = await t.must('agencies.list', { search: 'Dinas' });
    expect(list.items.map((a) => [a.name, a.groupName])).toEqual([['Dinas F', 'Pemerintah Kabupaten/Kota'], ['Dinas Z', 'Pemerintah Kabupaten/Kota']]);
  });

  it('a second primary for the same agency on another row is a duplicate; a backup is not', async () => {
    const rows: Cell[][] = [H, ['Dinas A', 'Inspektorat', 'Ani', '', '', '', '', ''], ['Dinas A', 'Inspektorat', 'Ben', '', '', '', '', 'utama'], ['Dinas A', 'Inspektorat', 'Cici', '', '', '', '', 'cadangan'], ['DINAS A', 'Inspektorat', '', '', '', '', '', '']];
    const { p } = await preview(rows);
    expect(p.rows.map((r) => r.action)).toEqual(['create', 'error', 'addFocal', 'error']);
    expect(codesOf(p, 3)).toEqual(['name:importDuplicateRow']);
    expect(codesOf(p, 5)).toEqual(['name:importDuplicateRow']);
  });
});

describe('import: agencies already in the register', () => {
  const H = ['Nama Instansi', 'Kelompok Instansi', 'Nama Narahubung', 'NIP', 'No HP', 'Peran'];
  let ids: Record<string, string>;

  beforeEach(async () => {
    const groups = await t.must('agencyGroups.list');
    ids = {};
    for (const name of ['Inspektorat Kabupaten Bangka', 'Dinas Sosial', 'Dinas Lama', 'Dinas Pendidikan', 'Kantor Pertanahan']) {
      ids[name] = (await t.must('agencies.create', { name, groupId: groups[2]!.id, phone: '(0717) 111' })).id;
    }
    await t.must('roster.assign', { agencyId: ids['Inspektorat Kabupaten Bangka']!, person: { newPerson: { name: 'Budi Santoso', nip: '198001012005011001' } }, startDate: '2024-01-01' });
    await t.must('roster.assign', { agencyId: ids['Dinas Sosial']!, person: { newPerson: { name: 'Sari Utami' } }, startDate: '2024-01-01' });
    await t.must('agencies.setActive', { id: ids['Dinas Lama']!, active: false });
    // A backup without a primary: naming her primary overlaps her own period (only the services see it).
    await t.must('roster.assign', { agencyId: ids['Dinas Pendidikan']!, person: { newPerson: { name: 'Dewi', phone: '0812 5555 0000' } }, role: 'cadangan', startDate: '2023-01-01' });
  });

  it('skips what is already recorded, adds missing focal points, flags rotations as conflicts', async () => {
    const rows: Cell[][] = [
      H,
      ['inspektorat kabupaten  bangka', 'Inspektorat', 'Budi Santoso', '198001012005011001', '', ''], // 2 same primary -> skip
      ['Dinas Sosial', 'Inspektorat', 'Rahmat Hidayat', '', '', 'utama'], // 3 different primary -> conflict
      ['Dinas Sosial', 'Inspektorat', 'Rina', '', '', 'cadangan'], // 4 backup for an existing agency -> add
      ['Dinas Lama', 'Inspektorat', 'Siapa', '', '', ''], // 5 inactive -> skip with warning
      ['Dinas Sosial', '', '', '', '', ''], // 6 already listed on row 3 without a focal point -> duplicate
      ['Kantor Pertanahan', 'Kelompok Tak Dikenal', '', '', '', ''], // 7 already registered, the group does not matter
      ['Dinas Pendidikan', 'Inspektorat', 'Dewi', '', '081255550000', 'utama'], // 8 the services refuse: she already serves as backup
    ];
    const { p } = await preview(rows);
    expect(p.rows.map((r) => [r.rowNumber, r.action])).toEqual([[2, 'skip'], [3, 'conflict'], [4, 'addFocal'], [5, 'skip'], [6, 'error'], [7, 'skip'], [8, 'error']]);
    expect(codesOf(p, 2)).toEqual(['focalName:importSameFocal']);
    expect(problemsOf(p, 3)[0]).toMatchObject({ code: 'importConflict', severity: 'warning' });
    expect(problemsOf(p, 3)[0]!.message).toContain('Sari Utami');
    expect(codesOf(p, 5)).toEqual(['name:importAgencyInactive']);
    expect(codesOf(p, 7)).toEqual(['name:importAlreadyRegistered']);
    expect(codesOf(p, 8)).toEqual(['startDate:samePersonOverlap']);
    expect(problemsOf(p, 8)[0]!.message).toContain('Dewi sudah tercatat');
    expect(p.rows.find((r) => r.rowNumber === 3)!.existingAgencyId).toBe(ids['Dinas Sosial']);
    expect(p.canCommit).toBe(false);
  });

  it('imports the rest once the file is fixed; conflicts are reported, not written', async () => {
    const rows: Cell[][] = [H, ['Dinas Sosial', '', 'Rahmat Hidayat', '', '', 'utama'], ['Dinas Sosial', '', 'Rina', '', '', 'cadangan'], ['Dinas Pendidikan', '', 'Dewi', '', '081255550000', '']];
    const { file, p } = await preview(rows, {});
    expect(p.rows.map((r) => r.action)).toEqual(['conflict', 'addFocal', 'error']);
    // The office fixes the file: another person is the primary, from a given date.
    const fixed: Cell[][] = [[...H, 'Tanggal Mulai'], ['Dinas Sosial', '', 'Rahmat Hidayat', '', '', 'utama', ''], ['Dinas Sosial', '', 'Rina', '', '', 'cadangan', ''], ['Dinas Pendidikan', '', 'Baru', '', '', '', '01-11-2025']];
    const second = await preview(fixed);
    expect(second.p.rows.map((r) => r.action)).toEqual(['conflict', 'addFocal', 'addFocal']);
    const stale = await t.call('import.commit', commitInput(file, p));
    expect(stale.ok === false && stale.error.code).toBe('VALIDATION');
    expect(stale.ok === false && stale.error.message).toMatch(/^Baris 4: Dewi sudah tercatat .* Impor dibatalkan; tidak ada data yang disimpan\.$/);
    const result = await t.must('import.commit', commitInput(second.file, second.p));
    expect(result).toMatchObject({ agenciesCreated: 0, assignmentsCreated: 2, conflicts: [{ rowNumber: 2, agencyId: ids['Dinas Sosial'], agencyName: 'Dinas Sosial' }] });
    const asOf = await t.must('roster.asOf', { agencyId: ids['Dinas Sosial']!, date: TODAY });
    expect(asOf.primary?.person.name).toBe('Sari Utami');
    expect(asOf.backups.map((b) => b.person.name)).toEqual(['Rina']);
    expect((await t.must('roster.asOf', { agencyId: ids['Dinas Pendidikan']!, date: TODAY })).primary?.startDate).toBe('2025-11-01');
  });

  it('reuses a person already in the register by NIP instead of creating a second one', async () => {
    const rows: Cell[][] = [H, ['Dinas Baru', 'Inspektorat', 'Budi S.', '198001012005011001', '', '']];
    const { file, p } = await preview(rows);
    expect(codesOf(p, 2)).toEqual(['focalNip:importPersonMatched']);
    const result = await t.must('import.commit', commitInput(file, p));
    expect(result).toMatchObject({ agenciesCreated: 1, personsCreated: 0, assignmentsCreated: 1 });
    const persons = await t.must('persons.list', { search: 'Budi' });
    expect(persons.items).toHaveLength(1);
    expect(persons.items[0]!.activeAssignments).toBe(2);
  });
});

describe('import: the commit trusts nothing from the page', () => {
  const H = ['Nama Instansi', 'Kelompok Instansi', 'Nama Narahubung'];

  it('refuses a file other than the one previewed, and a plan that changed since', async () => {
    const { file, p } = await preview([H, ['Dinas A', 'Inspektorat', 'Ani']]);
    const other = b64(await xlsx({ Data: [H, ['Dinas B', 'Inspektorat', 'Bob']] }));
    const before = databaseChecksum(t.dbPath);
    const swapped = await t.call('import.commit', commitInput({ ...file, base64: other }, p));
    expect(swapped.ok === false && swapped.error.code).toBe('CONFLICT');
    expect(swapped.ok === false && swapped.error.message).toContain('berbeda dengan berkas yang dipratinjau');
    const remapped = await t.call('import.commit', commitInput(file, p, { mapping: { ...p.appliedMapping, focalName: null } }));
    expect(remapped.ok === false && remapped.error.code).toBe('CONFLICT');
    expect(databaseChecksum(t.dbPath)).toBe(before);
    // Someone registers the agency meanwhile: the plan shown is no longer the plan.
    const groups = await t.must('agencyGroups.list');
    await t.must('agencies.create', { name: 'Dinas A', groupId: groups[0]!.id });
    const changed = await t.call('import.commit', commitInput(file, p));
    expect(changed.ok === false && changed.error.code).toBe('CONFLICT');
    expect(changed.ok === false && changed.error.message).toContain('berubah sejak pratinjau');
  });

  it('is all or nothing: a late row failing in the database rolls every row back', async () => {
    const rows: Cell[][] = [H, ...Array.from({ length: 30 }, (_, i) => [`Dinas ${i + 1}`, 'Inspektorat', `Orang ${i + 1}`])];
    const { file, p } = await preview(rows);
    expect(p.canCommit).toBe(true);
    // Simulate a failure only the database sees, after the preview: a trigger refusing row 31's person.
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(t.dbPath);
    db.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON focal_persons WHEN NEW.name = 'Orang 30' BEGIN SELECT RAISE(ABORT, 'simulated disk fault'); END`);
    db.close();
    const before = databaseChecksum(t.dbPath);
    const r = await t.call('import.commit', commitInput(file, p));
    expect(r.ok).toBe(false);
    expect(databaseChecksum(t.dbPath)).toBe(before);
    expect((await t.must('agencies.list', { search: 'Dinas' })).total).toBe(0);
  });

  it('a rule the services enforce on a late row cancels the whole import, naming the row', async () => {
    const rows: Cell[][] = [['Nama Instansi', 'Kelompok Instansi', 'Nama Narahubung', 'NIP'], ['Dinas A', 'Inspektorat', 'Ani', ''], ['Dinas B', 'Inspektorat', 'Bob', '198001012005011009']];
    const { file, p } = await preview(rows);
    // After the preview someone records the same NIP for another person.
    const groups = await t.must('agencyGroups.list');
    const other = await t.must('agencies.create', { name: 'Dinas Lain', groupId: groups[0]!.id });
    await t.must('roster.assign', { agencyId: other.id, person: { newPerson: { name: 'Bobby', nip: '198001012005011009' } }, startDate: '2024-01-01' });
    const again = await t.must('import.preview', file);
    expect(again.rows[1]!.problems.map((x) => x.code)).toEqual(['importPersonMatched']);
    const before = databaseChecksum(t.dbPath);
    const r = await t.call('import.commit', commitInput(file, p));
    expect(r.ok === false && r.error.code).toBe('CONFLICT');
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('needs the right to write records', async () => {
    const { contextAs } = await import('../../helpers/tempCore');
    const file = { fileName: 'a.csv', base64: b64('Nama Instansi;Kelompok\nDinas A;Inspektorat\n') };
    const r = await t.call('import.preview', file, contextAs('viewer'));
    expect(r.ok === false && r.error.code).toBe('FORBIDDEN');
  });

  it('offers a template whose headers the import recognises', async () => {
    const doc = await t.must('import.template', {});
    expect(doc.fileName).toMatch(/\.xlsx$/);
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const yearDir = join(t.core.paths.documentsDir, TODAY.slice(0, 4));
    const bytes = readFileSync(join(yearDir, readdirSync(yearDir)[0]!));
    const r = await t.call('import.preview', { fileName: doc.fileName, base64: bytes.toString('base64') });
    // Headers only: a clear message, and every header mapped to its field.
    expect(r.ok === false && r.error.message).toContain('hanya berisi judul kolom');
    const { suggestMapping } = await import('../../../electron/core/import/headers');
    const { IMPORT_FIELDS, TEMPLATE_HEADERS } = await import('../../../shared/agencyImport');
    const mapping = suggestMapping(IMPORT_FIELDS.map((f) => `${TEMPLATE_HEADERS[f]}${f === 'name' ? ' *' : ''}`));
    expect(IMPORT_FIELDS.map((f) => mapping[f])).toEqual(IMPORT_FIELDS.map((_, i) => i));
  });
});
