import { describe, expect, it } from 'vitest';
import { formatDate, formatDateId, formatDateLine, formatDayDateId, parseIsoDate, romanMonth, todayIso } from '../../shared/dates';

describe('Indonesian dates', () => {
  it('writes the date line of official letters', () => {
    expect(formatDateId('2025-11-22')).toBe('22 November 2025');
    expect(formatDayDateId('2025-11-22')).toBe('Sabtu, 22 November 2025');
    expect(formatDayDateId('2025-03-31')).toBe('Senin, 31 Maret 2025');
    expect(formatDayDateId('2024-02-29')).toBe('Kamis, 29 Februari 2024');
    expect(formatDayDateId('2026-01-04')).toBe('Minggu, 4 Januari 2026');
    expect(formatDateLine('Pangkalpinang', '2025-11-22')).toBe('Pangkalpinang, 22 November 2025');
    expect(formatDateLine('  ', '2025-08-17')).toBe('17 Agustus 2025');
    expect(formatDate('2025-12-01', 'en')).toBe('1 December 2025');
  });

  it('rejects impossible dates', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-13-01')).toBeNull();
    expect(parseIsoDate('22-11-2025')).toBeNull();
    expect(() => formatDateId('2025-04-31')).toThrow(RangeError);
  });

  it('gives Roman months for letter numbers', () => {
    expect([1, 4, 6, 9, 11, 12].map(romanMonth)).toEqual(['I', 'IV', 'VI', 'IX', 'XI', 'XII']);
    expect(() => romanMonth(13)).toThrow();
  });

  it('reads today in local time', () => {
    expect(todayIso(new Date(2025, 10, 22, 23, 59))).toBe('2025-11-22');
  });
});
