/**
 * Importing agencies and their focal points from the spreadsheets offices keep today
 * (XLSX or CSV): the limits, the fields a column can be mapped to, and the names the core
 * and the page share. Kept here so the page checks a file with the same limits the core
 * applies before it reads it.
 */

/** 5 MB: a register of thousands of agencies is well under 1 MB. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_LABEL = '5 MB';
/** The longest base64 text of a file within the limit. */
export const IMPORT_MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4;
/** Data rows per import: one province's network is about 175 focal points. */
export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_COLUMNS = 100;
export const IMPORT_ACCEPT = '.xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Columns about the agency itself. */
export const AGENCY_IMPORT_FIELDS = [
  'name',
  'shortName',
  'group',
  'region',
  'address',
  'phone',
  'email',
  'headName',
  'headPosition',
  'headNip',
  'notes',
] as const;

/** Columns about its focal point (optional: a row may list the agency only). */
export const FOCAL_IMPORT_FIELDS = [
  'focalName',
  'focalNip',
  'focalPosition',
  'focalUnit',
  'focalPhone',
  'focalWhatsapp',
  'focalEmail',
  'decreeNumber',
  'decreeDate',
  'startDate',
  'role',
] as const;

export const IMPORT_FIELDS = [...AGENCY_IMPORT_FIELDS, ...FOCAL_IMPORT_FIELDS] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const isImportField = (s: string): s is ImportField => (IMPORT_FIELDS as readonly string[]).includes(s);

/** Target field -> column index (0-based) of the sheet, or null / absent for "not imported". */
export type ImportMapping = Partial<Record<ImportField, number | null>>;

/** The column headers of the downloadable template, in the order of the template. */
export const TEMPLATE_HEADERS: Record<ImportField, string> = {
  name: 'Nama Instansi',
  shortName: 'Nama Singkat',
  group: 'Kelompok Instansi',
  region: 'Kabupaten/Kota',
  address: 'Alamat',
  phone: 'Telepon Instansi',
  email: 'Email Instansi',
  headName: 'Nama Kepala',
  headPosition: 'Jabatan Kepala',
  headNip: 'NIP Kepala',
  notes: 'Catatan',
  focalName: 'Nama Narahubung',
  focalNip: 'NIP Narahubung',
  focalPosition: 'Jabatan Narahubung',
  focalUnit: 'Unit Kerja Narahubung',
  focalPhone: 'No. HP Narahubung',
  focalWhatsapp: 'WhatsApp Narahubung',
  focalEmail: 'Email Narahubung',
  decreeNumber: 'Nomor SK',
  decreeDate: 'Tanggal SK',
  startDate: 'Tanggal Mulai',
  role: 'Peran (utama/cadangan)',
};

/** Spreadsheet column letters as Excel shows them: 0 -> "A", 26 -> "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
