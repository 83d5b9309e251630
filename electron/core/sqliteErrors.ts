import type { AppError } from '../../shared/result';
import type { Lang } from '../../shared/messages';

/**
 * Storage faults a clerk can act on (a full disk, a read-only or vanished data folder, a
 * busy file, a failing drive), told apart from bugs. SQLite reports them with its codes
 * (better-sqlite3 passes extended codes such as SQLITE_READONLY_DIRECTORY), the file system
 * with errno names when a document, attachment, backup or log is written.
 */
export type StorageFault = 'full' | 'readOnly' | 'unavailable' | 'busy' | 'io';

const FAULT_BY_CODE: ReadonlyArray<[prefix: string, fault: StorageFault]> = [
  ['SQLITE_FULL', 'full'],
  ['ENOSPC', 'full'],
  ['EDQUOT', 'full'],
  ['SQLITE_READONLY', 'readOnly'],
  ['EROFS', 'readOnly'],
  ['EACCES', 'readOnly'],
  ['EPERM', 'readOnly'],
  ['SQLITE_CANTOPEN', 'unavailable'],
  ['SQLITE_BUSY', 'busy'],
  ['SQLITE_IOERR', 'io'],
  ['EIO', 'io'],
];

export const STORAGE_MESSAGES: Record<StorageFault, Record<Lang, string>> = {
  full: {
    id: 'Penyimpanan penuh: perubahan tidak disimpan. Kosongkan ruang disk lalu ulangi.',
    en: 'The disk is full: the change was not saved. Free some space and try again.',
  },
  readOnly: {
    id: 'Folder data hanya-baca: perubahan tidak disimpan. Periksa hak akses folder data Simpul.',
    en: 'The data folder is read-only: the change was not saved. Check the folder permissions.',
  },
  unavailable: {
    id: 'Berkas basis data tidak dapat dibuka: folder data Simpul tidak tersedia atau tidak dapat ditulis. Periksa folder data lalu ulangi.',
    en: 'The database file cannot be opened: the data folder is missing or not writable. Check it and try again.',
  },
  busy: {
    id: 'Basis data sedang dipakai proses lain (misalnya pencadangan). Tunggu sebentar lalu ulangi.',
    en: 'The database is busy (e.g. a backup is running). Wait a moment and try again.',
  },
  io: {
    id: 'Gagal menulis ke disk: perubahan tidak disimpan. Periksa disk atau media penyimpanan.',
    en: 'Writing to disk failed: the change was not saved. Check the disk.',
  },
};

function codeOf(error: unknown): string | null {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : null;
}

/** The storage fault behind an error (looking through `cause`, e.g. a failed migration's), or null. */
export function storageFault(error: unknown): StorageFault | null {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = codeOf(e);
    if (!code) continue;
    const hit = FAULT_BY_CODE.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
    if (hit) return hit[1];
  }
  return null;
}

/** The error value for a storage fault (the transaction has rolled back), or null for anything else. */
export function storageError(error: unknown, lang: Lang): AppError | null {
  const fault = storageFault(error);
  return fault ? { code: 'STORAGE', message: STORAGE_MESSAGES[fault][lang], params: { fault } } : null;
}
