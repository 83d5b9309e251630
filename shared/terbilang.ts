/**
 * Numbers in Indonesian words ("terbilang"), as berita acara spell out the day, month and year
 * of the event: "dua puluh dua", "dua ribu dua puluh lima". Whole numbers 0..999 999 999.
 */
const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999) throw new RangeError(`Cannot spell ${n}`);
  if (n < 12) return UNITS[n];
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) return joined(`${UNITS[Math.floor(n / 10)]} puluh`, n % 10);
  if (n < 200) return joined('seratus', n - 100);
  if (n < 1000) return joined(`${UNITS[Math.floor(n / 100)]} ratus`, n % 100);
  if (n < 2000) return joined('seribu', n - 1000);
  if (n < 1_000_000) return joined(`${terbilang(Math.floor(n / 1000))} ribu`, n % 1000);
  return joined(`${terbilang(Math.floor(n / 1_000_000))} juta`, n % 1_000_000);
}

const joined = (head: string, rest: number): string => (rest === 0 ? head : `${head} ${terbilang(rest)}`);
