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
