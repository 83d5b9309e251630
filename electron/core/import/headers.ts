import { IMPORT_FIELDS, TEMPLATE_HEADERS, type ImportField, type ImportMapping } from '../../../shared/agencyImport';
import { nameKey } from '../../../shared/text';
import { cellText, type GridRow } from './grid';

/** Case-, accent-, space- and punctuation-insensitive: "No. Telp/HP" -> "notelphp". */
export const headerKey = (header: string): string => nameKey(header).replace(/[^\p{L}\p{N}]/gu, '');
const tokens = (header: string): string[] => nameKey(header).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Headers offices use in their spreadsheets, per target field. An exact match (after
 * headerKey) wins over the keyword rules below.
 */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  name: ['Nama Instansi', 'Instansi', 'OPD', 'Nama OPD', 'Instansi/OPD', 'Nama Instansi/OPD', 'Nama Lembaga', 'Lembaga', 'Nama Perangkat Daerah', 'Perangkat Daerah', 'Satker', 'Nama Satker', 'Satuan Kerja', 'Instansi Mitra', 'Nama Instansi Mitra', 'Agency', 'Agency Name'],
  shortName: ['Nama Singkat', 'Singkatan', 'Akronim', 'Nama Pendek', 'Short Name'],
  group: ['Kelompok Instansi', 'Kelompok', 'Jenis Instansi', 'Kategori Instansi', 'Kategori', 'Jenis', 'Kelompok Instansi Terlapor', 'Group', 'Agency Group'],
  region: ['Kabupaten/Kota', 'Kab/Kota', 'Kota/Kabupaten', 'Kabupaten', 'Kota', 'Wilayah', 'Daerah', 'Lokasi', 'Region'],
  address: ['Alamat', 'Alamat Instansi', 'Alamat Kantor', 'Address'],
  phone: ['Telepon', 'Telp', 'No Telp', 'No. Telp', 'Telepon Kantor', 'Telp Kantor', 'No Telp Kantor', 'Telepon Instansi', 'Nomor Telepon', 'Phone'],
  email: ['Email', 'E-mail', 'Email Instansi', 'Email Kantor', 'Surel', 'Surel Instansi'],
  headName: ['Nama Kepala', 'Kepala', 'Kepala Instansi', 'Nama Kepala Instansi', 'Pimpinan', 'Nama Pimpinan', 'Pimpinan Instansi', 'Nama Kepala OPD', 'Kepala OPD'],
  headPosition: ['Jabatan Kepala', 'Jabatan Pimpinan', 'Jabatan Kepala Instansi'],
  headNip: ['NIP Kepala', 'NIP Pimpinan', 'NIP Kepala Instansi'],
  notes: ['Catatan', 'Keterangan', 'Ket', 'Ket.', 'Notes'],
  focalName: ['Nama Narahubung', 'Narahubung', 'Nama', 'Nama Lengkap', 'Focal Point', 'Nama Focal Point', 'PIC', 'Nama PIC', 'Pejabat Penghubung', 'Nama Pejabat Penghubung', 'Penghubung', 'Contact Person', 'CP', 'Nama CP', 'Liaison'],
  focalNip: ['NIP', 'NIP Narahubung', 'NIP PIC', 'NIP Focal Point', 'NIP Pejabat Penghubung'],
  focalPosition: ['Jabatan', 'Jabatan Narahubung', 'Jabatan PIC', 'Jabatan Focal Point', 'Jabatan Pejabat Penghubung'],
  focalUnit: ['Unit', 'Unit Kerja', 'Unit Kerja Narahubung', 'Bidang', 'Bagian', 'Sub Bagian', 'Subbagian'],
  focalPhone: ['No HP', 'No. HP', 'HP', 'Nomor HP', 'No. Telp/HP', 'No Telp/HP', 'Telp/HP', 'Handphone', 'No Handphone', 'Ponsel', 'Nomor Ponsel', 'No HP/WA', 'No. HP/WA', 'HP/WA', 'No HP Narahubung', 'No. HP Narahubung', 'HP Narahubung', 'No HP PIC', 'Kontak', 'No Kontak', 'Nomor Kontak'],
  focalWhatsapp: ['WA', 'WhatsApp', 'No WA', 'No. WA', 'Nomor WA', 'No WhatsApp', 'Nomor WhatsApp', 'WhatsApp Narahubung', 'WA Narahubung', 'No HP/WA', 'No. HP/WA', 'HP/WA'],
  focalEmail: ['Email Narahubung', 'Email PIC', 'Email Focal Point', 'Email Pejabat Penghubung', 'Surel Narahubung'],
  decreeNumber: ['No SK', 'No. SK', 'Nomor SK', 'SK', 'Nomor Surat Keputusan', 'No Surat', 'Nomor Surat', 'No Surat Tugas', 'Nomor Surat Tugas', 'Dasar Penunjukan'],
  decreeDate: ['Tanggal SK', 'Tgl SK', 'Tgl. SK', 'Tanggal Surat', 'Tgl Surat', 'Tanggal Surat Keputusan'],
  startDate: ['Tanggal Mulai', 'Tgl Mulai', 'Mulai', 'Mulai Tanggal', 'Sejak', 'TMT', 'TMT Penunjukan', 'Tanggal Penunjukan', 'Mulai Bertugas'],
  role: ['Peran', 'Peranan', 'Status Narahubung', 'Peran Narahubung', 'Utama/Cadangan', 'Role'],
};

const EXACT = new Map<string, ImportField[]>();
for (const field of IMPORT_FIELDS) {
  for (const header of [...SYNONYMS[field], TEMPLATE_HEADERS[field]]) {
    const key = headerKey(header);
    const list = EXACT.get(key) ?? [];
    if (!list.includes(field)) list.push(field);
    EXACT.set(key, list);
  }
}

const has = (t: string[], ...words: string[]) => words.some((w) => t.includes(w));

/** Keyword rules for headers no synonym matches, e.g. "Nama Lengkap Narahubung", "No. WA PIC". */
function byKeywords(header: string): ImportField | null {
  const t = tokens(header);
  if (has(t, 'narahubung', 'pic', 'focal', 'penghubung', 'cp', 'liaison')) {
    if (has(t, 'nip')) return 'focalNip';
    if (has(t, 'jabatan')) return 'focalPosition';
    if (has(t, 'unit', 'bidang', 'bagian')) return 'focalUnit';
    if (has(t, 'wa', 'whatsapp')) return 'focalWhatsapp';
    if (has(t, 'hp', 'handphone', 'ponsel', 'telp', 'telepon', 'kontak')) return 'focalPhone';
    if (has(t, 'email', 'surel', 'mail')) return 'focalEmail';
    if (has(t, 'sk')) return has(t, 'tanggal', 'tgl') ? 'decreeDate' : 'decreeNumber';
    if (has(t, 'peran', 'status')) return 'role';
    if (has(t, 'mulai', 'tmt', 'sejak')) return 'startDate';
    return 'focalName';
  }
  if (has(t, 'kepala', 'pimpinan')) {
    if (has(t, 'nip')) return 'headNip';
    if (has(t, 'jabatan')) return 'headPosition';
    return 'headName';
  }
  if (has(t, 'sk', 'keputusan')) return has(t, 'tanggal', 'tgl') ? 'decreeDate' : 'decreeNumber';
  if (has(t, 'mulai', 'tmt')) return 'startDate';
  if (has(t, 'kelompok', 'kategori')) return 'group';
  if (has(t, 'instansi', 'opd', 'lembaga', 'satker')) {
    if (has(t, 'alamat')) return 'address';
    if (has(t, 'email', 'surel')) return 'email';
    if (has(t, 'telp', 'telepon')) return 'phone';
    if (has(t, 'singkat', 'singkatan')) return 'shortName';
    if (has(t, 'jenis')) return 'group';
    return 'name';
  }
  if (has(t, 'alamat')) return 'address';
  if (has(t, 'kabupaten', 'kota', 'kab', 'wilayah')) return 'region';
  if (has(t, 'wa', 'whatsapp')) return 'focalWhatsapp';
  if (has(t, 'hp', 'handphone', 'ponsel')) return 'focalPhone';
  if (has(t, 'telp', 'telepon')) return 'phone';
  if (has(t, 'nip')) return 'focalNip';
  if (has(t, 'jabatan')) return 'focalPosition';
  if (has(t, 'catatan', 'keterangan')) return 'notes';
  return null;
}

/** How well a header names a field: 2 = a known synonym, 1 = keyword rules, 0 = not at all. */
function matches(header: string): Array<{ field: ImportField; score: number }> {
  const exact = EXACT.get(headerKey(header));
  if (exact) return exact.map((field) => ({ field, score: 2 }));
  const guess = byKeywords(header);
  return guess ? [{ field: guess, score: 1 }] : [];
}

/**
 * The mapping a header row suggests. Each field takes at most one column; a column serves
 * several fields only when its header names them all ("No HP/WA": phone and WhatsApp).
 */
export function suggestMapping(headers: string[]): ImportMapping {
  const pairs = headers.flatMap((h, column) => matches(h).map((m) => ({ ...m, column })));
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ImportMapping = {};
  const claimed = new Map<number, number>();
  for (const p of pairs) {
    if (mapping[p.field] !== undefined) continue;
    const claim = claimed.get(p.column);
    if (claim !== undefined && !(claim === 2 && p.score === 2)) continue;
    mapping[p.field] = p.column;
    claimed.set(p.column, p.score);
  }
  // A bare "Email" or "Telepon" among the focal-point columns is the focal point's.
  const focalName = mapping.focalName;
  if (focalName !== undefined && focalName !== null && (mapping.name ?? Infinity) < focalName) {
    for (const [agencyField, focalField] of [['email', 'focalEmail'], ['phone', 'focalPhone']] as const) {
      const column = mapping[agencyField];
      if (column !== undefined && column !== null && column > focalName && mapping[focalField] === undefined) {
        mapping[focalField] = column;
        delete mapping[agencyField];
      }
    }
  }
  return mapping;
}

/**
 * The header row: among the first rows, the one naming the most known fields (a title such as
 * "DAFTAR NARAHUBUNG ..." above the table is skipped); without any, the first non-empty row.
 */
export function findHeaderRow(rows: GridRow[]): number {
  return headerScore(rows).index;
}

function headerScore(rows: GridRow[]): { index: number; score: number } {
  let best = 0;
  let bestScore = 0;
  rows.slice(0, 20).forEach((row, i) => {
    const score = row.cells.filter((c) => matches(cellText(c)).length > 0).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return { index: bestScore >= 2 ? best : 0, score: bestScore };
}

/** The sheet to read by default: the first with a recognisable table under its headers, else the first with data. */
export function chooseSheet(grids: GridRow[][]): number {
  const table = grids.findIndex((rows) => {
    const { index, score } = headerScore(rows);
    return score >= 2 && rows.length > index + 1;
  });
  if (table >= 0) return table;
  const withData = grids.findIndex((rows) => rows.length > 0);
  return withData >= 0 ? withData : 0;
}
