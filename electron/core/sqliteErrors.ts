import type { AppError } from '../../shared/result';
import type { Lang } from '../../shared/messages';

const STORAGE: Record<string, { id: string; en: string }> = {
  SQLITE_FULL: {
    id: 'Penyimpanan penuh: perubahan tidak disimpan. Kosongkan ruang disk lalu ulangi.',
    en: 'The disk is full: the change was not saved. Free some space and try again.',
  },
  SQLITE_READONLY: {
    id: 'Folder data hanya-baca: perubahan tidak disimpan. Periksa hak akses folder data Simpul.',
    en: 'The data folder is read-only: the change was not saved. Check the folder permissions.',
  },
  SQLITE_BUSY: {
    id: 'Basis data sedang dipakai proses lain (misalnya pencadangan). Tunggu sebentar lalu ulangi.',
    en: 'The database is busy (e.g. a backup is running). Wait a moment and try again.',
  },
  SQLITE_IOERR: {
    id: 'Gagal menulis ke disk: perubahan tidak disimpan. Periksa disk atau media penyimpanan.',
    en: 'Writing to disk failed: the change was not saved. Check the disk.',
  },
};

/** Storage faults a clerk can act on get their own message; the transaction has rolled back. */
export function storageError(error: unknown, lang: Lang): AppError | null {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  if (typeof code !== 'string') return null;
  const base = Object.keys(STORAGE).find((k) => code === k || code.startsWith(`${k}_`));
  return base ? { code: 'INTERNAL', message: STORAGE[base]![lang] } : null;
}
