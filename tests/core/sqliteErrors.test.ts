import { describe, expect, it } from 'vitest';
import { storageError, storageFault } from '../../electron/core/sqliteErrors';

const coded = (code: string) => Object.assign(new Error(code), { code });

describe('storage faults', () => {
  it.each([
    ['SQLITE_FULL', 'full'],
    ['ENOSPC', 'full'],
    ['SQLITE_READONLY_DIRECTORY', 'readOnly'],
    ['EROFS', 'readOnly'],
    ['EACCES', 'readOnly'],
    ['SQLITE_CANTOPEN', 'unavailable'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy'],
    ['SQLITE_IOERR_WRITE', 'io'],
  ])('%s is %s', (code, fault) => {
    expect(storageFault(coded(code))).toBe(fault);
  });

  it('reads the driver error TypeORM wraps, and causes', () => {
    expect(storageFault({ driverError: coded('SQLITE_FULL') })).toBe('full');
    expect(storageFault(new Error('migration failed', { cause: coded('SQLITE_FULL') }))).toBe('full');
  });

  it('leaves bugs alone', () => {
    expect(storageFault(coded('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFault(new TypeError('x is undefined'))).toBeNull();
    expect(storageError(coded('SQLITE_ERROR'), 'id')).toBeNull();
  });

  it('answers with the STORAGE code and a message in the request language', () => {
    expect(storageError(coded('SQLITE_FULL'), 'id')).toEqual({
      code: 'STORAGE',
      message: 'Penyimpanan penuh: perubahan tidak disimpan. Kosongkan ruang disk lalu ulangi.',
      params: { fault: 'full' },
    });
    expect(storageError(coded('EROFS'), 'en')?.message).toContain('read-only');
  });
});
