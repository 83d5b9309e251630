import { describe, expect, it } from 'vitest';
import { terbilang } from '../../shared/terbilang';

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [22, 'dua puluh dua'],
    [100, 'seratus'],
    [115, 'seratus lima belas'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1945, 'seribu sembilan ratus empat puluh lima'],
    [2025, 'dua ribu dua puluh lima'],
    [2_000_000, 'dua juta'],
  ])('%i -> %s', (n, words) => expect(terbilang(n)).toBe(words));

  it('refuses what it cannot spell', () => {
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
  });
});
