import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../../../shared/agencyImport';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, type TempCore } from '../../helpers/tempCore';
import { b64, csv, xlsx } from './fixtures';

let t: TempCore;
beforeAll(async () => {
  t = await openTempCore({ now: () => new Date('2025-11-22T03:00:00Z') });
  await t.must('settings.update', EXAMPLE_OFFICE);
});
afterAll(async () => t.cleanup());

const previewOf = (bytes: Buffer | string, fileName = 'data.xlsx', extra: Record<string, unknown> = {}) =>
  t.call('import.preview', { fileName, base64: b64(bytes), ...extra });

async function refused(bytes: Buffer | string, fileName: string, text: string | RegExp, code = 'VALIDATION') {
  const before = databaseChecksum(t.dbPath);
  const r = await previewOf(bytes, fileName);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(text);
  expect(databaseChecksum(t.dbPath)).toBe(before);
}

describe('import: files that cannot be imported get a clear message and write nothing', () => {
  it('an empty file', () => refused('', 'kosong.xlsx', /Berkas kosong \(0 byte\)/));
  it('a sheet with headers only', async () => refused(await xlsx({ Data: [['Nama Instansi', 'Kelompok']] }), 'a.xlsx', /hanya berisi judul kolom \(baris 1\)/));
  it('a workbook whose sheet is empty', async () => refused(await xlsx({ Data: [] }), 'a.xlsx', /tidak berisi data/));
  it('a CSV with headers only', () => refused('Nama Instansi;Kelompok\r\n', 'a.csv', /hanya berisi judul kolom/));
  it('a damaged zip', async () => {
    const good = await xlsx({ Data: [['Nama Instansi'], ['Dinas A']] });
    await refused(good.subarray(0, good.length - 200), 'rusak.xlsx', /rusak atau tidak lengkap/);
  });
  it('a PDF renamed .xlsx', () => refused(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'daftar.xlsx', /berisi PDF, bukan spreadsheet/));
  it('an old Excel .xls (OLE2) file', () => refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'lama.xls', /Excel lama \(\.xls\)/));
  it('a Word document', () => refused(Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<x/>'), 'word/document.xml': strToU8('<w/>') })), 'surat.xlsx', /DOCX \(Word\)/));
  it('a picture', () => refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'foto.csv', /gambar/));
  it('binary rubbish', () => refused(Buffer.from([1, 2, 3, 0, 5, 6, 7, 8]), 'data.csv', /bukan teks maupun spreadsheet/));
  it('a CSV with an unclosed quote, naming the line', () => refused('Nama Instansi;Kelompok\nDinas A;Inspektorat\n"Dinas B;Inspektorat\nDinas C;Inspektorat\n', 'a.csv', /sekitar baris 3/));
  it('a zip bomb: refused from its declared size before anything is unpacked', () =>
    refused(Buffer.from(zipSync({ 'xl/workbook.xml': new Uint8Array(90 * 1024 * 1024) }, { level: 9 })), 'bom.xlsx', /terlalu besar setelah dibuka/));

  it('a file over the size limit: refused by the contract, before it is read', async () => {
    const big = await previewOf(Buffer.alloc(IMPORT_MAX_BYTES + 4096, 0x41), 'besar.csv');
    expect(big.ok === false && big.error.fields?.base64?.message).toMatch(/terlalu besar: paling besar 5 MB/);
    // Just over: the base64 text still fits the contract, the core counts the bytes.
    await refused(Buffer.alloc(IMPORT_MAX_BYTES + 1, 0x41), 'besar.csv', /terlalu besar: paling besar 5 MB/);
  });

  it('too many rows', async () => {
    const rows = [['Nama Instansi', 'Kelompok'], ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => [`Dinas ${i}`, 'Inspektorat'])];
    await refused(csv(rows), 'banyak.csv', /5001 baris data; paling banyak 5000/);
  });

  it('a sheet name that does not exist', async () => {
    const r = await previewOf(await xlsx({ Data: [['Nama Instansi'], ['Dinas A']] }), 'a.xlsx', { sheet: 'Lembar9' });
    expect(r.ok === false && r.error.message).toBe('Lembar "Lembar9" tidak ada di berkas ini.');
  });
});

describe('import: the CSV and XLSX variants offices produce', () => {
  const ROWS = [['Nama Instansi', 'Kelompok Instansi', 'Narahubung', 'No HP'], ['Dinas Kesehatan', 'Inspektorat', 'Budi Santoso', '81270001111'], ['Dinas "Sosial"', 'Inspektorat', 'Sari, S.Sos', '+62 812 7000 2222']];

  it('semicolon CSV with a UTF-8 BOM and Windows line endings (Excel, Indonesian settings)', async () => {
    const text = '\ufeff' + csv(ROWS.map((r) => r.map((c) => (c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c))), ';', '\r\n');
    const r = await t.must('import.preview', { fileName: 'a.csv', base64: b64(text) });
    expect(r).toMatchObject({ format: 'csv', delimiter: ';', encoding: 'UTF-8 (BOM)', headerRowNumber: 1 });
    expect(r.columns.map((c) => c.header)).toEqual(ROWS[0]);
    expect(r.rows.map((x) => x.values)).toEqual([
      { name: 'Dinas Kesehatan', group: 'Inspektorat', focalName: 'Budi Santoso', focalPhone: '081270001111' },
      { name: 'Dinas "Sosial"', group: 'Inspektorat', focalName: 'Sari, S.Sos', focalPhone: '+62 812 7000 2222' },
    ]);
    expect(r.counts.error).toBe(0);
  });

  it('comma CSV (quoted commas) and tab-separated text', async () => {
    const comma = csv(ROWS.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`)), ',');
    const a = await t.must('import.preview', { fileName: 'a.csv', base64: b64(comma) });
    expect(a.delimiter).toBe(',');
    expect(a.rows[1]!.values.focalName).toBe('Sari, S.Sos');
    const tab = await t.must('import.preview', { fileName: 'a.txt', base64: b64(csv([ROWS[0]!, ROWS[1]!], '\t')) });
    expect(tab.delimiter).toBe('\t');
    expect(tab.rows[0]!.values.name).toBe('Dinas Kesehatan');
  });

  it('a CSV saved by Excel as Windows-1252 keeps its accented letters', async () => {
    const bytes = Buffer.from('Nama Instansi;Kelompok Instansi\nDinas Pariwisata Belitung Timur (Caf\xe9);Inspektorat\n', 'latin1');
    const r = await t.must('import.preview', { fileName: 'a.csv', base64: bytes.toString('base64') });
    expect(r.encoding).toBe('Windows-1252');
    expect(r.rows[0]!.values.name).toBe('Dinas Pariwisata Belitung Timur (Café)');
  });

  it('reads rich text, formulas, hyperlinks, Excel dates and numbers from an XLSX, and offers its sheets', async () => {
    const bytes = await xlsx({
      Petunjuk: [['Isi lembar Data']],
      Data: [
        ['Nama Instansi', 'Kelompok Instansi', 'Nama Narahubung', 'No. HP', 'WhatsApp', 'Email Narahubung', 'Tanggal SK', 'Tanggal Mulai'],
        [{ richText: [{ text: 'Dinas ' }, { text: 'Kominfo' }] }, { formula: '"Inspek"&"torat"', result: 'Inspektorat' }, 'Rina', 81234567890, 6281234567890, null, 45983, '22 November 2025'],
        ['Dinas B', 'Inspektorat', 'Bayu', '0812-3456-7890', '', 'bayu@babelprov.go.id', new Date(Date.UTC(2025, 0, 15)), 'Sabtu, 1 Maret 2025'],
      ],
    }, (wb) => {
      wb.getWorksheet('Data')!.getCell('F2').value = { text: 'rina@babelprov.go.id', hyperlink: 'mailto:rina@babelprov.go.id' };
    });
    // The guide comes first; the sheet holding a table is read by default.
    const r = await t.must('import.preview', { fileName: 'a.xlsx', base64: b64(bytes) });
    expect(r.sheets).toEqual(['Petunjuk', 'Data']);
    expect(r.sheet).toBe('Data');
    const guide = await t.call('import.preview', { fileName: 'a.xlsx', base64: b64(bytes), sheet: 'Petunjuk' });
    expect(guide.ok === false && guide.error.message).toMatch(/hanya berisi judul kolom/);
    expect(r.rows.map((x) => x.values)).toEqual([
      { name: 'Dinas Kominfo', group: 'Inspektorat', focalName: 'Rina', focalPhone: '081234567890', focalWhatsapp: '+6281234567890', focalEmail: 'rina@babelprov.go.id', decreeDate: '2025-11-22', startDate: '2025-11-22' },
      { name: 'Dinas B', group: 'Inspektorat', focalName: 'Bayu', focalPhone: '0812-3456-7890', focalEmail: 'bayu@babelprov.go.id', decreeDate: '2025-01-15', startDate: '2025-03-01' },
    ]);
    expect(r.counts.error).toBe(0);
  });
});
