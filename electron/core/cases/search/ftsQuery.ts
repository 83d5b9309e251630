/**
 * User text to an FTS5 query that cannot fail: words are taken from the input (letters and
 * digits only), each quoted, so operators typed by the user (AND, OR, NOT, NEAR, *, ^, :,
 * quotes, brackets) are just words. Every word is a prefix ("tanah" finds "tanahnya").
 * Register numbers split into their parts ("0012/LM/2025" -> 0012, lm, 2025), which the
 * index tokenises the same way.
 */
const MAX_TOKENS = 12;
const MAX_TOKEN_LENGTH = 40;

export function searchTokens(text: string, limit = MAX_TOKENS): string[] {
  const tokens = text.normalize('NFKC').toLocaleLowerCase('id-ID').match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (const t of tokens) {
    const token = t.slice(0, MAX_TOKEN_LENGTH);
    if (!out.includes(token)) out.push(token);
    if (out.length >= limit) break;
  }
  return out;
}

/** All words, as prefixes (AND). null when the text has no word at all. */
export function ftsAllWords(text: string): string | null {
  const tokens = searchTokens(text);
  return tokens.length ? tokens.map((t) => `"${t}"*`).join(' ') : null;
}

/** Common Indonesian words that say nothing about a complaint's matter. */
const STOPWORDS = new Set(
  'yang dan di ke dari untuk dengan pada dalam tidak sudah belum akan telah oleh atas bahwa karena sebagai saya kami kita mereka ini itu tersebut ada adalah juga namun tetapi hingga sampai agar supaya bisa dapat hanya lebih masih pun para secara serta tanpa terhadap setelah sejak bulan tahun tanggal hari pelapor laporan'.split(' '),
);

/** Distinctive words of a text (long enough, not stop words), for "similar text" hints. */
export function distinctiveTokens(text: string, limit = 24): string[] {
  return searchTokens(text, 400)
    .filter((t) => t.length >= 4 && !STOPWORDS.has(t) && !/^\d+$/.test(t))
    .slice(0, limit);
}

/** Any of the words (OR), for ranking candidates by similarity. */
export function ftsAnyWord(tokens: readonly string[]): string | null {
  return tokens.length ? tokens.map((t) => `"${t}"`).join(' OR ') : null;
}
