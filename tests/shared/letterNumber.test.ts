import { describe, expect, it } from 'vitest';
import { checkLetterPattern, formatLetterNumber } from '../../shared/letterNumber';

describe('letter-number pattern', () => {
  it('builds numbers as offices write them', () => {
    expect(formatLetterNumber('{nomor:4}/LM/{bulan_romawi}/{tahun}/BJM', 179, '2022-06-14')).toBe('0179/LM/VI/2022/BJM');
    expect(formatLetterNumber('{nomor:3}/HM.05/{bulan_romawi}/{tahun}', 45, '2025-12-01')).toBe('045/HM.05/XII/2025');
    expect(formatLetterNumber('B-{nomor}/PW.05/{bulan}/{tahun}', 7, '2025-03-09')).toBe('B-7/PW.05/03/2025');
    expect(formatLetterNumber('{nomor:2}/{tahun}', 12345, '2025-01-01')).toBe('12345/2025');
  });

  it('names the first problem of a bad pattern', () => {
    expect(checkLetterPattern('{nomor}/{tahun}')).toBeNull();
    expect(checkLetterPattern('')?.code).toBe('patternEmpty');
    expect(checkLetterPattern('{nomor}/X')?.code).toBe('patternNeedsYear');
    expect(checkLetterPattern('X/{tahun}')?.code).toBe('patternNeedsNumber');
    expect(checkLetterPattern('{nomor:9}/{tahun}')).toEqual({ code: 'patternUnknownPlaceholder', placeholder: '{nomor:9}' });
    expect(checkLetterPattern('{nomor}/{tahun')?.code).toBe('patternBraces');
    expect(checkLetterPattern('{nomor}/{tahun}/"x"')?.code).toBe('patternBadLiteral');
    expect(checkLetterPattern('x'.repeat(81))?.code).toBe('patternTooLong');
    expect(() => formatLetterNumber('{nomor}', 1, '2025-01-01')).toThrow();
    expect(() => formatLetterNumber('{nomor}/{tahun}', 0, '2025-01-01')).toThrow();
  });
});
