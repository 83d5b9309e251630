/**
 * Messages that cross the process boundary (validation and service errors), in both UI
 * languages. The core answers in the request's language (Indonesian by default); the
 * renderer can re-render a field error by its code when the user switches language.
 */
import { CASE_MESSAGES } from './caseMessages';
import { EVENT_MESSAGES } from './eventMessages';
import { AUTH_MESSAGES } from './authMessages';
import { ARCHIVE_MESSAGES } from './archiveMessages';
import { IMPORT_MESSAGES } from './importMessages';
import { UPDATE_MESSAGES } from './updateMessages';

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
  staleMonths: { id: 'Batas data usang antara 1 dan 36 bulan', en: 'Staleness limit must be 1 to 36 months' },
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
  agencyInactive: { id: 'Instansi ini nonaktif. Aktifkan kembali sebelum menetapkan narahubung.', en: 'This agency is inactive. Reactivate it before assigning a focal point.' },
  primaryExists: { id: 'Instansi ini sudah memiliki narahubung utama aktif ({name}). Gunakan "Ganti narahubung" untuk pergantian.', en: 'This agency already has an active primary focal point ({name}). Use "Change focal point" instead.' },
  assignmentOverlap: { id: 'Periode ini tumpang tindih dengan narahubung utama lain ({name}, {start} s.d. {end}).', en: 'This period overlaps another primary focal point ({name}, {start} to {end}).' },
  samePersonOverlap: { id: '{name} sudah tercatat sebagai narahubung instansi ini pada periode tersebut.', en: '{name} already serves this agency in that period.' },
  noCurrentPrimary: { id: 'Instansi ini belum memiliki narahubung utama aktif. Gunakan "Tetapkan narahubung".', en: 'This agency has no active primary focal point. Use "Assign focal point".' },
  rotationBeforeStart: { id: 'Tanggal pergantian harus sesudah tanggal mulai narahubung saat ini ({start}).', en: 'The change date must be after the current focal point started ({start}).' },
  sameSuccessor: { id: 'Pengganti harus orang yang berbeda dari narahubung saat ini.', en: 'The successor must be a different person.' },
  endBeforeStart: { id: 'Tanggal berakhir harus sesudah tanggal mulai ({start}).', en: 'The end date must be after the start date ({start}).' },
  endPairing: { id: 'Tanggal berakhir dan alasan berakhir harus diisi bersama-sama.', en: 'End date and end reason go together.' },
  alreadyEnded: { id: 'Penugasan ini sudah berakhir pada {end}.', en: 'This assignment already ended on {end}.' },
  dateInFuture: { id: 'Tanggal tidak boleh di masa depan.', en: 'The date cannot be in the future.' },
  personNipDuplicate: { id: 'NIP ini sudah tercatat untuk {name}. Pilih orang tersebut dari daftar.', en: 'This NIP already belongs to {name}. Pick that person instead.' },
  alreadyInState: { id: 'Tidak ada perubahan: status sudah demikian.', en: 'Nothing to change: the status is already so.' },
  // generated documents
  documentFileMissing: { id: 'Berkas "{fileName}" tidak ditemukan di folder dokumen Simpul (mungkin terhapus atau dipindahkan). Buat ulang dokumennya.', en: 'The file "{fileName}" is missing from the Simpul documents folder (deleted or moved?). Generate the document again.' },
  documentOutsideStore: { id: 'Berkas dokumen ini tidak berada di folder dokumen Simpul dan tidak dibuka.', en: 'This document file is outside the Simpul documents folder and was not opened.' },
  handoverAgencyMismatch: { id: 'Kedua penugasan harus untuk instansi yang sama.', en: 'Both assignments must belong to the same agency.' },
  handoverSameAssignment: { id: 'Narahubung yang menyerahkan dan yang menerima harus berbeda.', en: 'The outgoing and incoming focal points must differ.' },
  // attachments
  attachmentTooLarge: { id: 'Berkas terlalu besar: paling besar {max}.', en: 'The file is too large: at most {max}.' },
  attachmentEmpty: { id: 'Berkas kosong (0 byte) dan tidak dapat dilampirkan.', en: 'The file is empty (0 bytes) and cannot be attached.' },
  attachmentUnreadable: { id: 'Isi berkas tidak terbaca. Pilih ulang berkasnya.', en: 'The file content could not be read. Choose the file again.' },
  attachmentType: { id: 'Jenis berkas tidak didukung. Yang dapat dilampirkan: PDF, PNG, JPEG, DOCX dan XLSX.', en: 'Unsupported file type. You can attach PDF, PNG, JPEG, DOCX and XLSX files.' },
  attachmentTypeMismatch: { id: 'Isi berkas tidak sesuai dengan namanya: namanya berakhiran .{ext}, tetapi isinya {actual}. Periksa kembali berkasnya.', en: 'The file does not match its name: it ends in .{ext} but contains {actual}. Check the file.' },
  attachmentMacro: { id: 'Dokumen berisi makro dan tidak dapat dilampirkan. Simpan ulang sebagai .docx atau .xlsx biasa.', en: 'The document contains macros and cannot be attached. Save it again as a plain .docx or .xlsx.' },
  attachmentDuplicate: { id: 'Berkas yang sama sudah dilampirkan pada data ini ("{name}").', en: 'The same file is already attached here ("{name}").' },
  attachmentMissing: { id: 'Berkas lampiran tidak ditemukan di folder data Simpul. Lampirkan ulang berkas aslinya.', en: 'The attached file is missing from the Simpul data folder. Attach the original again.' },
  attachmentConfidential: { id: 'Berkas pada laporan yang dirahasiakan hanya dapat dibuka atau dilepas oleh pengguna yang berhak melihat identitas pelapor.', en: 'Files of a confidential case can be opened or removed only by users allowed to see reporter identities.' },
  attachmentWriteFailed: { id: 'Berkas tidak dapat disimpan ke folder data Simpul (disk penuh atau folder tidak dapat ditulis). Tidak ada yang diubah.', en: 'The file could not be written to the Simpul data folder (disk full or not writable). Nothing was changed.' },
  attachmentCorrupt: { id: 'Berkas lampiran di folder data telah berubah atau rusak. Lampirkan ulang berkas aslinya.', en: 'The stored file was changed or is damaged. Attach the original again.' },
  // MoU and technical assistance
  mouSignedDateRequired: { id: 'Tanggal penandatanganan wajib diisi bila MoU sudah ditandatangani atau berakhir.', en: 'The signing date is required once the MoU is signed or ended.' },
  mouPlanHasSignedDate: { id: 'MoU berstatus Rencana belum ditandatangani. Kosongkan tanggal ini atau ubah status menjadi Ditandatangani.', en: 'A planned MoU is not signed yet. Clear this date or set the status to Signed.' },
  mouValidUntilOrder: { id: 'Tanggal berakhir harus sesudah tanggal penandatanganan.', en: 'The end of validity must be after the signing date.' },
  mouValidUntilAfterPlan: { id: 'Tanggal berakhir harus sesudah tanggal rencana penandatanganan.', en: 'The end of validity must be after the planned signing date.' },
  mouPartiesRequired: { id: 'Pilih minimal satu instansi atau isi pihak lain.', en: 'Choose at least one agency or enter another party.' },
  agencyRepeated: { id: 'Instansi yang sama dipilih lebih dari sekali.', en: 'The same agency is chosen more than once.' },
  agencyNotUsable: { id: 'Instansi tidak ditemukan atau sudah nonaktif.', en: 'The agency does not exist or is inactive.' },
  assistanceTopicOther: { id: 'Sebutkan topiknya bila memilih "Lainnya".', en: 'Name the topic when choosing "Other".' },
  assistanceParticipants: { id: 'Isi jumlah peserta atau nama peserta.', en: 'Enter the number of participants or their names.' },
  assistanceCountBelowNames: { id: 'Jumlah peserta ({count}) lebih kecil dari banyaknya nama peserta ({names}).', en: 'The number of participants ({count}) is below the number of names ({names}).' },
  // spreadsheet import of agencies and focal points
  ...IMPORT_MESSAGES,
  // archives for head office, office keys, backups and restore
  ...ARCHIVE_MESSAGES,
  // users, sessions and the audit trail
  ...AUTH_MESSAGES,
  // events, attendance, action plans and commitments
  ...EVENT_MESSAGES,
  // public complaints
  ...CASE_MESSAGES,
  // application updates and the about screen
  ...UPDATE_MESSAGES,
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

export function msg(key: MessageKey, params: Params = {}, lang: Lang = 'id'): string {
  const template = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}
