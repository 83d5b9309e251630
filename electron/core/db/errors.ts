import type { StorageFault } from '../sqliteErrors';

/** Start-up refusals. Their messages are shown to the clerk as they are (Indonesian). */
export class DatabaseFromFutureError extends Error {
  constructor(readonly fileVersion: number, readonly supportedVersion: number) {
    super(
      `Basis data ini dibuat oleh versi Simpul yang lebih baru (skema ${fileVersion}; versi ini hanya mengenal sampai skema ${supportedVersion}). ` +
        'Perbarui aplikasi Simpul sebelum membuka data ini. Data tidak diubah.',
    );
    this.name = 'DatabaseFromFutureError';
  }
}

export class ForeignDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`Berkas ${file} bukan basis data Simpul. Berkas tidak dibuka dan tidak diubah.`);
    this.name = 'ForeignDatabaseError';
  }
}

export class MigrationFailedError extends Error {
  constructor(readonly version: number, readonly backupFile: string | null, cause: unknown) {
    super(
      `Pembaruan struktur basis data (langkah ${version}) gagal; tidak ada perubahan yang disimpan.` +
        (backupFile ? ` Cadangan sebelum pembaruan: ${backupFile}` : ''),
      { cause },
    );
    this.name = 'MigrationFailedError';
  }
}

const DATA_FOLDER_MESSAGES: Record<StorageFault, (dir: string) => string> = {
  readOnly: (dir) =>
    `Folder data Simpul (${dir}) hanya-baca: Simpul tidak dapat menyimpan apa pun di sana. ` +
    'Periksa hak akses folder itu (atau minta bantuan admin kantor), lalu buka Simpul lagi. Data tidak diubah.',
  full: (dir) =>
    `Penyimpanan penuh: disk tempat folder data Simpul (${dir}) tidak punya ruang tersisa. ` +
    'Kosongkan ruang disk, lalu buka Simpul lagi. Data tidak diubah.',
  unavailable: (dir) =>
    `Basis data Simpul di ${dir} tidak dapat dibuka: folder itu tidak tersedia atau tidak dapat ditulis. ` +
    'Pastikan disk atau folder jaringannya terpasang dan dapat ditulis, lalu buka Simpul lagi. Data tidak diubah.',
  busy: (dir) =>
    `Basis data Simpul di ${dir} sedang dipakai proses lain (misalnya pencadangan atau Simpul yang lain). ` +
    'Tunggu sebentar, lalu buka Simpul lagi. Data tidak diubah.',
  io: (dir) =>
    `Disk tempat folder data Simpul (${dir}) gagal dibaca atau ditulis. ` +
    'Periksa disk atau media penyimpanannya, lalu buka Simpul lagi. Data tidak diubah.',
};

/** The data folder cannot hold the database: read-only, full, missing, busy or failing. */
export class DataFolderUnavailableError extends Error {
  constructor(readonly fault: StorageFault, readonly dataDir: string, cause: unknown) {
    super(DATA_FOLDER_MESSAGES[fault](dataDir), { cause });
    this.name = 'DataFolderUnavailableError';
  }
}
