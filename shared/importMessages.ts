/**
 * Messages of the spreadsheet import (agencies and focal points), in both UI languages.
 * Spread into MESSAGES (messages.ts), so they are ordinary message keys.
 */
import { IMPORT_MAX_LABEL } from './agencyImport';

const MAX = IMPORT_MAX_LABEL;

export const IMPORT_MESSAGES = {
  // the file as a whole
  importEmpty: { id: 'Berkas kosong (0 byte). Pilih berkas spreadsheet yang berisi data.', en: 'The file is empty (0 bytes). Choose a spreadsheet that contains data.' },
  importTooLarge: { id: `Berkas terlalu besar: paling besar ${MAX}. Pisahkan datanya menjadi beberapa berkas.`, en: `The file is too large: at most ${MAX}. Split the data into several files.` },
  importUnreadable: { id: 'Isi berkas tidak terbaca. Pilih ulang berkasnya.', en: 'The file content could not be read. Choose the file again.' },
  importWrongType: { id: 'Berkas ini berisi {actual}, bukan spreadsheet. Yang dapat diimpor: Excel (.xlsx) atau CSV.', en: 'This file contains {actual}, not a spreadsheet. You can import Excel (.xlsx) or CSV files.' },
  importOldExcel: { id: 'Berkas ini berformat Excel lama (.xls) atau dikunci kata sandi. Buka di Excel, pilih Simpan Sebagai "Buku Kerja Excel (.xlsx)" tanpa kata sandi, lalu pilih berkas barunya.', en: 'This is an old Excel file (.xls) or a password-protected one. Open it in Excel, Save As "Excel Workbook (.xlsx)" without a password, then choose the new file.' },
  importBinary: { id: 'Isi berkas bukan teks maupun spreadsheet Excel. Yang dapat diimpor: Excel (.xlsx) atau CSV.', en: 'The file is neither text nor an Excel spreadsheet. You can import Excel (.xlsx) or CSV files.' },
  importCorrupt: { id: 'Berkas Excel rusak atau tidak lengkap sehingga tidak dapat dibaca. Buka di Excel, simpan ulang sebagai .xlsx, lalu coba lagi.', en: 'The Excel file is damaged or incomplete and cannot be read. Open it in Excel, save it again as .xlsx and retry.' },
  importUnpackedTooLarge: { id: 'Isi berkas Excel terlalu besar setelah dibuka (lebih dari {max}). Hapus lembar, gambar atau format yang tidak diperlukan.', en: 'The Excel file is too large once unpacked (over {max}). Remove unneeded sheets, pictures or formatting.' },
  importCsvMalformed: { id: 'Berkas CSV tidak dapat dibaca di sekitar baris {line}: tanda kutip (") tidak berpasangan. Perbaiki baris itu atau simpan ulang dari Excel sebagai CSV.', en: 'The CSV file cannot be read near line {line}: unbalanced quotes ("). Fix that line or save the sheet again from Excel as CSV.' },
  importNoData: { id: 'Berkas tidak berisi data: lembarnya kosong.', en: 'The file contains no data: the sheet is empty.' },
  importHeaderOnly: { id: 'Berkas hanya berisi judul kolom (baris {row}); belum ada baris data di bawahnya.', en: 'The file only has column headers (row {row}); there are no data rows below them.' },
  importTooManyRows: { id: 'Berkas berisi {count} baris data; paling banyak {max} baris sekali impor. Pisahkan menjadi beberapa berkas.', en: 'The file has {count} data rows; at most {max} rows per import. Split it into several files.' },
  importTooManyColumns: { id: 'Lembar ini memiliki {count} kolom; paling banyak {max}. Hapus kolom yang tidak diperlukan.', en: 'This sheet has {count} columns; at most {max}. Remove unneeded columns.' },
  importSheetUnknown: { id: 'Lembar "{sheet}" tidak ada di berkas ini.', en: 'There is no sheet "{sheet}" in this file.' },
  importFileChanged: { id: 'Berkas yang dikirim berbeda dengan berkas yang dipratinjau. Pilih berkasnya lagi dan periksa pratinjaunya.', en: 'The file sent differs from the one previewed. Choose the file again and check the preview.' },
  importPlanChanged: { id: 'Data di aplikasi atau pilihan kolom telah berubah sejak pratinjau. Periksa pratinjau terbaru lalu impor lagi.', en: 'The data or the column choices changed since the preview. Check the new preview and import again.' },
  importHasErrors: { id: '{count} baris masih bermasalah. Perbaiki berkasnya lalu pilih ulang; belum ada data yang disimpan.', en: '{count} rows still have problems. Fix the file and choose it again; nothing has been saved.' },
  importNothingToDo: { id: 'Tidak ada yang perlu diimpor: semua baris sudah tercatat atau dilewati.', en: 'Nothing to import: every row is already recorded or skipped.' },
  importRowFailed: { id: 'Baris {row}: {message} Impor dibatalkan; tidak ada data yang disimpan.', en: 'Row {row}: {message} The import was cancelled; nothing was saved.' },
  importMappingName: { id: 'Pilih kolom yang berisi nama instansi.', en: 'Choose the column that holds the agency name.' },
  importColumnMissing: { id: 'Kolom yang dipilih tidak ada di lembar ini.', en: 'The chosen column does not exist in this sheet.' },
  // one row
  importDuplicateRow: { id: 'Instansi yang sama sudah ada di baris {row}. Hapus baris ini, atau tandai narahubungnya sebagai cadangan bila memang narahubung kedua.', en: 'The same agency is already on row {row}. Remove this row, or mark its focal point as backup if it is a second one.' },
  importGroupUnknown: { id: 'Kelompok "{value}" tidak dikenal. Pilihan: {known}. Pilih padanannya di atas tabel atau perbaiki berkasnya.', en: 'Unknown group "{value}". Known groups: {known}. Choose its match above the table or fix the file.' },
  importGroupRequired: { id: 'Kelompok instansi wajib diisi untuk instansi baru.', en: 'A new agency needs its agency group.' },
  importDate: { id: 'Tanggal "{value}" tidak dikenali. Tulis misalnya 22/11/2025, 22-11-2025, 2025-11-22 atau 22 November 2025.', en: 'Date "{value}" not recognised. Write e.g. 22/11/2025, 22-11-2025, 2025-11-22 or 22 November 2025.' },
  importNipAsNumber: { id: 'NIP tersimpan sebagai angka sehingga digit terakhirnya hilang ({value}). Ubah format kolom NIP menjadi Teks di Excel lalu ketik ulang NIP-nya.', en: 'The NIP was stored as a number and lost its last digits ({value}). Format the NIP column as Text in Excel and type the NIP again.' },
  importRole: { id: 'Peran "{value}" tidak dikenal: isi "utama" atau "cadangan".', en: 'Unknown role "{value}": use "utama" (primary) or "cadangan" (backup).' },
  importFocalNameRequired: { id: 'Nama narahubung wajib diisi bila kolom narahubung lain terisi.', en: 'The focal point name is required when other focal-point columns are filled.' },
  importAgencyNotUpdated: { id: 'Sebagian data instansi di berkas berbeda dengan register; register tidak diubah oleh impor. Ubah lewat halaman instansi bila perlu.', en: 'Some agency details in the file differ from the register; the import does not change the register. Edit the agency page if needed.' },
  importAlreadyRegistered: { id: 'Instansi sudah terdaftar; tidak ada yang ditambahkan.', en: 'The agency is already registered; nothing is added.' },
  importSameFocal: { id: 'Narahubung ini sudah tercatat untuk instansi tersebut; dilewati.', en: 'This focal point is already recorded for the agency; skipped.' },
  importConflict: { id: 'Instansi ini sudah memiliki narahubung utama aktif ({name}). Baris ini tidak diimpor; gunakan "Ganti narahubung" di halaman instansi bila memang berganti.', en: 'This agency already has an active primary focal point ({name}). This row is not imported; use "Change focal point" on the agency page if it changed.' },
  importAgencyInactive: { id: 'Instansi ini nonaktif di register; baris ini dilewati. Aktifkan kembali instansinya bila perlu, lalu impor lagi.', en: 'This agency is inactive in the register; the row is skipped. Reactivate the agency if needed and import again.' },
  importDependsOnRow: { id: 'Bergantung pada baris {row} yang masih bermasalah.', en: 'Depends on row {row}, which still has problems.' },
  importPersonMatched: { id: 'Orang ini sudah ada di register ({name}); data orang tersebut dipakai dan tidak diubah.', en: 'This person is already in the register ({name}); that record is used and not changed.' },
  importAgencyDiffersFromRow: { id: 'Data instansi pada baris ini berbeda dengan baris {row}; yang dipakai data baris {row}.', en: 'The agency details on this row differ from row {row}; those of row {row} are used.' },
} as const;
