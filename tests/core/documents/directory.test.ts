import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageGeometry } from '../../../electron/core/documents/layout/paper';
import { flat, readPdf, type PdfPage } from '../../helpers/pdfText';
import { contextAs } from '../../helpers/tempCore';
import { openDemoCore, type DemoCore } from './demoCore';

let core: DemoCore;
let pages: PdfPage[];
/** Active agencies: the directory's rows (inactive ones are left out unless asked for). */
let activeCount: number;
const LONG_AGENCY = `Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Tenaga Kerja Koperasi Usaha Kecil Menengah Perindustrian dan Perdagangan Kabupaten Bangka Selatan ${'Sangat'.repeat(6)}`;
const LONG_POSITION = `Kepala Subbagian Perencanaan Evaluasi dan Pelaporan pada Sekretariat Dinas ${'Pelayanan'.repeat(8)}`;

beforeAll(async () => {
  core = await openDemoCore(120);
  // A very long agency name and position, including unbroken words, to test wrapping.
  const groups = await core.must('agencyGroups.list');
  const agency = await core.must('agencies.create', {
    name: LONG_AGENCY.slice(0, 200),
    shortName: '',
    groupId: groups[1].id,
    region: 'Kabupaten Bangka Selatan',
    address: '',
    phone: '',
    email: '',
    headName: '',
    headPosition: '',
    headNip: '',
    notes: '',
  });
  await core.must('roster.assign', {
    agencyId: agency.id,
    person: { newPerson: { name: 'Kurniawati Rahmadhani Putri Kusumawardhani', nip: '', position: LONG_POSITION.slice(0, 150), unit: 'Sekretariat', phone: '0812 3456 7890', whatsapp: '0813 9876 5432', email: 'kurniawati.rahmadhani.putri.kusumawardhani@dpmptsptkkukmpp.bangkaselatankab.go.id', notes: '' } },
    role: 'utama',
    decreeNumber: '800/1/2025',
    startDate: '2025-01-06',
  });
  activeCount = (await core.must('roster.list', { pageSize: 1 })).total;
  const doc = await core.must('roster.printDirectory', {});
  pages = await readPdf(readFileSync((await core.fileOf(doc.id)).path));
  expect(pages).toHaveLength(doc.pages!);
}, 120_000);
afterAll(async () => core.close());

describe('roster.printDirectory', () => {
  it('is a landscape document with the kop, the title and the day it describes', () => {
    // The demo office prints on F4: 330 x 215 mm turned sideways.
    expect(pages[0].width).toBeCloseTo(935.43, 1);
    expect(pages[0].height).toBeCloseTo(609.45, 1);
    const first = flat(pages[0].text);
    expect(first).toContain('OMBUDSMAN REPUBLIK INDONESIA');
    expect(first).toContain('DAFTAR NARAHUBUNG (FOCAL POINT) INSTANSI MITRA');
    expect(first).toContain('Keadaan per 22 November 2025');
    expect(flat(pages[1].text)).not.toContain('OMBUDSMAN REPUBLIK INDONESIA');
  });

  it('repeats the header row on every page and numbers the pages', () => {
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      const text = flat(page.text);
      expect(text).toContain('Narahubung utama');
      expect(text).toContain('No. HP / WhatsApp');
      expect(text).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    });
  });

  it('groups agencies by kelompok and marks agencies without a focal point', () => {
    const all = flat(pages.map((p) => p.text).join('\n'));
    expect(all).toContain('Pemerintah Provinsi');
    expect(all).toContain('Instansi Vertikal');
    expect(all).toContain('Belum ada narahubung');
    expect(all).toMatch(new RegExp(`Jumlah: ${activeCount} instansi; \\d+ belum ada narahubung`));
    expect(all.indexOf('Pemerintah Provinsi')).toBeLessThan(all.indexOf('Pemerintah Kabupaten/Kota'));
  });

  it('wraps very long names and positions inside the margins', () => {
    const { margins } = pageGeometry('F4', 'landscape');
    const all = flat(pages.map((p) => p.text).join(' '));
    expect(all).toContain('Kurniawati Rahmadhani');
    for (const page of pages) {
      for (const item of page.items) {
        expect(item.x, item.str).toBeGreaterThanOrEqual(margins.left - 0.5);
        expect(item.x + item.width, item.str).toBeLessThanOrEqual(page.width - margins.right + 0.5);
        expect(item.top, item.str).toBeGreaterThanOrEqual(margins.top - 2);
        if (!item.str.startsWith('Halaman')) expect(item.top + item.height, item.str).toBeLessThanOrEqual(page.height - margins.bottom + 1);
      }
    }
  });

  it('prints only what the filters select, and says so', async () => {
    const doc = await core.must('roster.printDirectory', { flag: 'noFocalPoint' });
    const text = flat((await readPdf(readFileSync((await core.fileOf(doc.id)).path))).map((p) => p.text).join(' '));
    expect(text).toContain('Disaring: hanya yang belum ada narahubung');
    expect(text).not.toContain('Kurniawati');
  });

  it('may be printed by a viewer (read permission), leaving an audit entry', async () => {
    const r = await core.call('roster.printDirectory', { search: 'Pangkalpinang' }, contextAs('viewer'));
    expect(r.ok).toBe(true);
    const bad = await core.call('roster.printDirectory', { page: 2 } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('roster.exportXlsx', () => {
  it('writes a workbook with a styled, frozen, filterable header and every row', async () => {
    const doc = await core.must('roster.exportXlsx', {});
    expect(doc).toMatchObject({ kind: 'focalDirectoryXlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pages: null });
    expect(doc.fileName).toBe('Daftar Narahubung - 2025-11-22.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await core.fileOf(doc.id)).path) as never);
    const sheet = workbook.getWorksheet('Narahubung')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['No', 'Kelompok instansi', 'Instansi', 'Wilayah', 'Narahubung utama', 'NIP', 'Jabatan', 'No. HP', 'Email', 'Nomor SK penunjukan', 'Sejak', 'Terakhir dikonfirmasi']));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(3).width).toBeGreaterThan(30);
    expect(sheet.rowCount).toBe(1 + activeCount);

    const rows = sheet.getRows(2, activeCount)!;
    const nipColumn = header.indexOf('NIP') + 1;
    const withNip = rows.find((r) => String(r.getCell(nipColumn).value ?? '').length === 18)!;
    expect(typeof withNip.getCell(nipColumn).value).toBe('string'); // never 1.97805E+17
    const long = rows.find((r) => r.getCell(3).value === LONG_AGENCY.slice(0, 200))!;
    expect(long.getCell(header.indexOf('Sejak') + 1).value).toEqual(new Date('2025-01-06T00:00:00Z'));
    expect(workbook.getWorksheet('Keterangan')!.getCell('B3').value).toBe('22 November 2025');
  });
});
