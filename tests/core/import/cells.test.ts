import { describe, expect, it } from 'vitest';
import { convertCell, phoneText, serialToIso } from '../../../electron/core/import/cells';
import { findHeaderRow, suggestMapping } from '../../../electron/core/import/headers';
import { parseLooseDate } from '../../../electron/core/import/looseDates';

describe('import cells', () => {
  it('restores the leading zero Excel drops from phone numbers, and nothing else', () => {
    expect(phoneText(81270001111)).toBe('081270001111');
    expect(phoneText(7174250123)).toBe('07174250123'); // (0717) 425 0123 typed as a number
    expect(phoneText(6281270001111)).toBe('+6281270001111');
    expect(phoneText('81270001111')).toBe('081270001111');
    expect(phoneText('081270001111')).toBe('081270001111');
    expect(phoneText('0812-7000-1111')).toBe('0812-7000-1111');
    expect(phoneText('4250123')).toBe('4250123'); // a text without area code stays as typed
    expect(phoneText(null)).toBe('');
  });

  it('turns Excel day serials into calendar dates (1900 and 1904 systems)', () => {
    expect(serialToIso(45983)).toBe('2025-11-22');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(44521, true)).toBe('2025-11-22');
    expect(serialToIso(0)).toBeNull();
    expect(convertCell('decreeDate', 45983, false)).toEqual({ text: '2025-11-22' });
    expect(convertCell('startDate', new Date(Date.UTC(2025, 10, 22)), false)).toEqual({ text: '2025-11-22' });
  });

  it('reads dates as offices type them, day first, with Indonesian month names', () => {
    const cases: Array<[string, string | null]> = [
      ['22/11/2025', '2025-11-22'],
      ['22-11-2025', '2025-11-22'],
      ['2025-11-22', '2025-11-22'],
      ['22.11.25', '2025-11-22'],
      ['1/3/2025', '2025-03-01'],
      ['22 November 2025', '2025-11-22'],
      ['22 Nopember 2025', '2025-11-22'],
      ['5 Agustus 2024', '2024-08-05'],
      ['5 Agt 2024', '2024-08-05'],
      ['17-Agu-2025', '2025-08-17'],
      ['Sabtu, 22 November 2025', '2025-11-22'],
      ['2025-11-22 00:00:00', '2025-11-22'],
      ['22 Movember 2025', null],
      ['kemarin', null],
    ];
    for (const [text, iso] of cases) expect(parseLooseDate(text), text).toBe(iso);
    expect(convertCell('startDate', '31/02/2025', false).problem?.key).toBe('importDate');
  });

  it('flags an 18-digit NIP that Excel stored as a number instead of guessing its digits', () => {
    expect(convertCell('focalNip', Number('198001012005011001'), false).problem).toEqual({ key: 'importNipAsNumber', params: { value: '198001012005011000' } });
    expect(convertCell('focalNip', '198001012005011001', false)).toEqual({ text: '198001012005011001' });
  });

  it('understands roles in the words offices use', () => {
    expect(convertCell('role', 'Utama', false).text).toBe('utama');
    expect(convertCell('role', 'Narahubung Cadangan', false).text).toBe('cadangan');
    expect(convertCell('role', 'pengganti', false).text).toBe('cadangan');
    expect(convertCell('role', 'ketua', false).problem?.key).toBe('importRole');
  });

  it('suggests a mapping from Indonesian headers, whatever their spelling', () => {
    const headers = ['No.', 'NAMA OPD', 'Jenis Instansi', 'Kab/Kota', 'Nama Pejabat Penghubung', 'Jabatan', 'NIP', 'No. Telp/HP', 'Nomor WA', 'E-mail', 'No. SK', 'Tgl. SK', 'TMT', 'Keterangan'];
    expect(suggestMapping(headers)).toEqual({ name: 1, group: 2, region: 3, focalName: 4, focalPosition: 5, focalNip: 6, focalPhone: 7, focalWhatsapp: 8, focalEmail: 9, decreeNumber: 10, decreeDate: 11, startDate: 12, notes: 13 });
    // One column for both numbers: phone and WhatsApp share it.
    expect(suggestMapping(['Instansi', 'Focal Point', 'No HP/WA'])).toEqual({ name: 0, focalName: 1, focalPhone: 2, focalWhatsapp: 2 });
    // Keyword rules for headers no list has.
    expect(suggestMapping(['Nama Instansi Mitra Kerja', 'Nama Lengkap PIC', 'HP PIC', 'Alamat Kantor Instansi'])).toEqual({ name: 0, focalName: 1, focalPhone: 2, address: 3 });
    // An agency-only sheet: email and phone are the agency's.
    expect(suggestMapping(['Instansi', 'Telepon', 'Email'])).toEqual({ name: 0, phone: 1, email: 2 });
  });

  it('finds the header row under a title', () => {
    const rows = [
      { rowNumber: 1, cells: ['DAFTAR NARAHUBUNG INSTANSI'] },
      { rowNumber: 2, cells: ['Per 22 November 2025'] },
      { rowNumber: 4, cells: ['No', 'Nama Instansi', 'Narahubung', 'No HP'] },
      { rowNumber: 5, cells: [1, 'Dinas A', 'Budi', '0812'] },
    ];
    expect(findHeaderRow(rows)).toBe(2);
  });
});
