/**
 * Messages of public complaints (cases, deadlines, calendar, numbering), in both UI languages.
 * Spread into MESSAGES (messages.ts), so they are ordinary message keys.
 */
export const CASE_MESSAGES = {
  // field validation
  idNumber: { id: 'Nomor identitas tidak valid (angka/huruf, 4-40 karakter)', en: 'Invalid identity number (digits/letters, 4-40 characters)' },
  caseMaladministrationRequired: { id: 'Pilih minimal satu bentuk maladministrasi', en: 'Choose at least one type of maladministration' },
  caseYearRange: { id: 'Tanggal harus antara tahun 2000 dan 2100', en: 'The date must be between the years 2000 and 2100' },
  deadlineDays: { id: 'Jumlah hari antara 1 dan 365', en: 'Days must be between 1 and 365' },
  dueSoonDays: { id: 'Batas "segera jatuh tempo" antara 1 dan 30 hari kerja', en: '"Due soon" must be 1 to 30 working days' },

  // service errors
  caseNotImplemented: { id: 'Fitur ini sedang dibuat dan belum dapat dipakai.', en: 'This feature is being built and cannot be used yet.' },
  caseMasterUnknown: { id: 'Pilihan tidak dikenal atau sudah nonaktif.', en: 'Unknown or inactive choice.' },
  caseMasterDuplicate: { id: '"{name}" sudah ada dalam daftar ini.', en: '"{name}" is already in this list.' },
  caseMasterLastPhase: { id: 'Harus tetap ada minimal satu tahap aktif berjenis "{phase}".', en: 'At least one active stage of kind "{phase}" must remain.' },
  caseMasterListFixed: { id: 'Daftar data induk tidak dapat diubah untuk item yang sudah ada.', en: 'The list of an existing item cannot change.' },
  caseDateBeforeReceived: { id: 'Tanggal tidak boleh sebelum tanggal laporan diterima ({date}).', en: 'The date cannot be before the complaint was received ({date}).' },
  caseReceivedAfterEvents: { id: 'Tanggal diterima tidak boleh sesudah catatan pertama di riwayat ({date}).', en: 'The received date cannot be after the first timeline entry ({date}).' },
  caseIsClosed: { id: 'Laporan ini sudah ditutup. Buka kembali dengan mengubah tahapnya bila perlu.', en: 'This case is closed. Reopen it by changing its stage if needed.' },
  caseSameStage: { id: 'Laporan sudah berada pada tahap ini.', en: 'The case is already at this stage.' },
  caseForwardCannotClose: { id: 'Laporan tidak dapat ditutup saat diteruskan. Pilih tahap lain, atau tutup laporan lewat Ubah tahap.', en: 'A case cannot be closed while forwarding it. Choose another stage, or close it with Change stage.' },
  caseCloseNeedsOutcome: { id: 'Pilih hasil akhir sebelum menutup laporan.', en: 'Choose the outcome before closing the case.' },
  caseCloseNeedsReason: { id: 'Tuliskan alasan penutupan laporan.', en: 'Give the reason for closing the case.' },
  caseOutcomeOnlyOnClose: { id: 'Hasil akhir hanya diisi saat menutup laporan.', en: 'The outcome is only set when closing the case.' },
  caseStageDateOrder: { id: 'Tanggal perubahan tahap tidak boleh sebelum perubahan tahap sebelumnya ({date}).', en: 'A stage change cannot be dated before the previous one ({date}).' },
  caseStageEventFixed: { id: 'Perubahan tahap tidak dapat dibatalkan. Ubah tahapnya kembali bila keliru.', en: 'A stage change cannot be cancelled. Change the stage again if it was wrong.' },
  caseEventCancelled: { id: 'Catatan ini sudah dibatalkan.', en: 'This entry is already cancelled.' },
  caseEventDateOrder: { id: 'Tanggal ini harus di antara {from} dan {to} agar urutan tahap tetap benar.', en: 'This date must be between {from} and {to} to keep the stages in order.' },
  caseAlreadyForwarded: { id: 'Laporan ini sudah diteruskan ke instansi pada {date}.', en: 'This case was already forwarded to the agency on {date}.' },
  caseLetterKindRequired: { id: 'Pilih jenis surat.', en: 'Choose the kind of letter.' },
  caseLetterFieldsOnlyForLetters: { id: 'Jenis dan nomor surat hanya untuk catatan surat keluar.', en: 'Letter kind and number are only for letters sent.' },
  caseConfidentialLocked: { id: 'Identitas pelapor laporan ini dirahasiakan. Hanya pengguna yang berhak melihat identitas rahasia dapat mengubah atau membuka kerahasiaannya.', en: 'The reporter of this case is confidential. Only users allowed to see confidential identities can change it or lift the secrecy.' },
  caseLeakFound: { id: 'Identitas pelapor yang dirahasiakan tercantum pada: {places}. Hapus dari teks tersebut sebelum mencetak atau mengekspor.', en: 'The confidential reporter\'s identity appears in: {places}. Remove it from that text before printing or exporting.' },
  caseLeakFoundList: { id: 'Identitas pelapor yang dirahasiakan tercantum dalam teks laporan {numbers}. Perbaiki laporan tersebut sebelum mengekspor.', en: 'A confidential reporter\'s identity appears in the text of case(s) {numbers}. Fix them before exporting.' },
  caseLinkSelf: { id: 'Laporan tidak dapat dikaitkan dengan dirinya sendiri.', en: 'A case cannot be linked to itself.' },
  caseLinkExists: { id: 'Kedua laporan ini sudah dikaitkan.', en: 'These cases are already linked.' },
  caseNoFocalPoint: { id: 'Instansi ini tidak memiliki narahubung utama pada tanggal tersebut.', en: 'This agency has no primary focal point on that date.' },
  caseAgencyForwarded: { id: 'Laporan sudah diteruskan ke instansi lain; instansi terlapor tidak dapat diganti. Batalkan catatan penerusan terlebih dahulu.', en: 'The case was already forwarded to an agency; the reported agency cannot change. Cancel the forwarding entry first.' },
  caseNotForwarded: { id: 'Laporan belum diteruskan ke instansi.', en: 'The case has not been forwarded to the agency yet.' },
  // numbering
  numberReservedUnusable: { id: 'Nomor cadangan ini tidak dapat dipakai (sudah dipakai, dibatalkan, atau untuk seri/tahun lain).', en: 'This reserved number cannot be used (already used, voided, or for another series/year).' },
  numberVoidUsed: { id: 'Nomor yang masih dipakai oleh data aktif tidak dapat dibatalkan.', en: 'A number still held by an active record cannot be voided.' },
  numberAlreadyVoided: { id: 'Nomor ini sudah dibatalkan.', en: 'This number is already voided.' },
  numberDuplicate: { id: 'Nomor "{number}" sudah tercatat di register.', en: 'Number "{number}" is already in the register.' },
  // calendar
  calendarCsvEmpty: { id: 'Berkas tidak berisi baris tanggal. Format: tanggal;nama;jenis (contoh: 2025-03-28;Cuti bersama Nyepi;cuti_bersama).', en: 'The file has no date rows. Format: date;name;kind (e.g. 2025-03-28;Cuti bersama Nyepi;cuti_bersama).' },
  calendarCsvBadDate: { id: 'Tanggal tidak valid (TTTT-BB-HH atau HH/BB/TTTT)', en: 'Invalid date (YYYY-MM-DD or DD/MM/YYYY)' },
  calendarCsvBadKind: { id: 'Jenis harus libur_nasional, cuti_bersama atau libur_kantor', en: 'Kind must be libur_nasional, cuti_bersama or libur_kantor' },
  calendarCsvHasErrors: { id: 'Ada {count} baris yang salah. Perbaiki berkasnya; tidak ada yang disimpan.', en: '{count} rows are wrong. Fix the file; nothing was saved.' },
  calendarDuplicateDate: { id: 'Tanggal {date} sudah tercatat ("{name}"). Ubah data itu.', en: '{date} is already listed ("{name}"). Edit that entry.' },
} as const;
