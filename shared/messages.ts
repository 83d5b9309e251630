/**
 * Messages that cross the process boundary (validation and service errors), in both UI
 * languages. The core answers in the request's language (Indonesian by default); the
 * renderer can re-render a field error by its code when the user switches language.
 */
export type Lang = 'id' | 'en';

type Params = Record<string, string | number>;
type Entry = { id: string; en: string };

export const MESSAGES = {
  // field validation
  required: { id: 'Wajib diisi', en: 'Required' },
  tooLong: { id: 'Maksimal {max} karakter', en: 'At most {max} characters' },
  tooShort: { id: 'Minimal {min} karakter', en: 'At least {min} characters' },
  invalidType: { id: 'Isian tidak valid', en: 'Invalid value' },
  invalidOption: { id: 'Pilihan tidak dikenal', en: 'Unknown option' },
  unknownField: { id: 'Isian tidak dikenal: {key}', en: 'Unknown field: {key}' },
  email: { id: 'Format email tidak valid (contoh: nama@instansi.go.id)', en: 'Invalid email (e.g. name@agency.go.id)' },
  url: { id: 'Alamat situs tidak valid (contoh: https://ombudsman.go.id)', en: 'Invalid website (e.g. https://ombudsman.go.id)' },
  phone: { id: 'Nomor telepon tidak valid (angka, spasi, +, -, kurung; 6-20 digit)', en: 'Invalid phone number (digits, spaces, +, -, brackets; 6-20 digits)' },
  nip: { id: 'NIP harus 18 digit angka', en: 'NIP must be 18 digits' },
  officeCode: { id: 'Kode kantor 2-12 huruf kapital/angka (contoh: BABEL)', en: 'Office code: 2-12 capital letters/digits (e.g. BABEL)' },
  date: { id: 'Tanggal tidak valid (format TTTT-BB-HH)', en: 'Invalid date (YYYY-MM-DD)' },
  uuid: { id: 'Pengenal data tidak valid', en: 'Invalid record id' },
  numberRange: { id: 'Angka harus antara {min} dan {max}', en: 'Number must be between {min} and {max}' },
  logo: { id: 'Logo harus gambar PNG atau JPEG, paling besar 512 KB', en: 'Logo must be a PNG or JPEG image of at most 512 KB' },
  singleLine: { id: 'Tidak boleh berisi baris baru atau karakter kontrol', en: 'Must not contain line breaks or control characters' },
  patternEmpty: { id: 'Pola nomor surat wajib diisi', en: 'The letter-number pattern is required' },
  patternTooLong: { id: 'Pola nomor surat maksimal 80 karakter', en: 'The letter-number pattern has at most 80 characters' },
  patternUnknownPlaceholder: { id: 'Bagian {placeholder} tidak dikenal. Gunakan {nomor}, {nomor:4}, {bulan}, {bulan_romawi}, {tahun}', en: 'Unknown part {placeholder}. Use {nomor}, {nomor:4}, {bulan}, {bulan_romawi}, {tahun}' },
  patternBraces: { id: 'Kurung kurawal tidak berpasangan', en: 'Unbalanced braces' },
  patternNeedsNumber: { id: 'Pola harus memuat nomor urut {nomor} atau {nomor:4}', en: 'The pattern must contain the running number {nomor} or {nomor:4}' },
  patternNeedsYear: { id: 'Pola harus memuat {tahun} karena nomor urut diulang setiap tahun', en: 'The pattern must contain {tahun} because the number restarts every year' },
  patternBadLiteral: { id: 'Pola hanya boleh berisi huruf, angka, titik, garis miring, tanda hubung dan spasi', en: 'The pattern may only contain letters, digits, dots, slashes, dashes and spaces' },

  // service errors
  validationFailed: { id: 'Periksa kembali isian yang ditandai.', en: 'Please check the marked fields.' },
  forbidden: { id: 'Anda tidak memiliki hak untuk tindakan ini.', en: 'You are not allowed to do this.' },
  unknownChannel: { id: 'Permintaan tidak dikenal.', en: 'Unknown request.' },
  internal: { id: 'Terjadi kesalahan internal. Data tidak diubah. Coba lagi atau hubungi admin.', en: 'An internal error occurred. Nothing was changed. Try again or contact the administrator.' },
  notFound: { id: 'Data tidak ditemukan (mungkin sudah dihapus atau dinonaktifkan).', en: 'Record not found.' },
  staleRecord: { id: 'Data ini telah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang lalu ulangi perubahan.', en: 'This record was changed by someone else since you opened it. Reload and repeat your change.' },
  agencyDuplicate: { id: 'Instansi "{name}" sudah terdaftar. Nama instansi tidak boleh sama (huruf besar/kecil dan spasi diabaikan).', en: 'Agency "{name}" already exists. Names must be unique (case and spaces ignored).' },
  groupDuplicate: { id: 'Kelompok instansi "{name}" sudah ada.', en: 'Agency group "{name}" already exists.' },
  groupUnknown: { id: 'Kelompok instansi tidak dikenal atau tidak aktif.', en: 'Unknown or inactive agency group.' },
  groupInUse: { id: 'Kelompok ini masih dipakai oleh {count} instansi aktif.', en: 'This group is still used by {count} active agencies.' },
  officeNotConfigured: { id: 'Profil kantor belum diisi. Lengkapi Pengaturan terlebih dahulu.', en: 'The office profile is not set yet. Complete Settings first.' },
  officeCodeLocked: { id: 'Kode kantor tidak dapat diubah setelah data dibuat (kode {code} sudah tercatat pada data).', en: 'The office code cannot change once records exist (code {code} is on the records).' },
  notEmpty: { id: 'Data contoh hanya dapat dimuat ke basis data yang masih kosong.', en: 'Demo data can only be loaded into an empty database.' },
  deliveryUnavailable: { id: 'Berkas tidak dapat dibuka dari sini.', en: 'Files cannot be opened from here.' },
  deliveryFailed: { id: 'Berkas tidak dapat dibuka atau disimpan. Periksa penampil PDF atau folder tujuan.', en: 'The file could not be opened or saved. Check the PDF viewer or the target folder.' },
  alreadyInState: { id: 'Tidak ada perubahan: status sudah demikian.', en: 'Nothing to change: the status is already so.' },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

export function msg(key: MessageKey, params: Params = {}, lang: Lang = 'id'): string {
  const template = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}
