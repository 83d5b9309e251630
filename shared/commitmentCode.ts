/**
 * The short code printed on every commitment sheet ("7K3M-Q9TX-4") and in its QR code: four
 * characters from the commitment's id, four from a hash of the sheet's content (so the same
 * content always gives the same code and changed content a new one), and a check character
 * that catches a mistyped or swapped character. Crockford's base 32 leaves out I, L, O and U,
 * and reading forgives them (O -> 0, I/L -> 1), so codes survive being read aloud or typed
 * from a poor scan. The hashing itself is the core's (core/actionPlans/sheetCode.ts).
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_RE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/;

/** Luhn mod 32: the check character over the eight data characters. */
export function checkCharacter(data: string): string {
  const n = CODE_ALPHABET.length;
  let factor = 2;
  let sum = 0;
  for (let i = data.length - 1; i >= 0; i--) {
    let addend = factor * CODE_ALPHABET.indexOf(data[i]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / n) + (addend % n);
    sum += addend;
  }
  return CODE_ALPHABET[(n - (sum % n)) % n]!;
}

/** Eight characters of the alphabet from the first 40 bits of two digests (hex). */
export function composeCode(idDigestHex: string, contentDigestHex: string): string {
  const chars = (hex: string) => {
    const bits = BigInt(`0x${hex.slice(0, 5)}`); // 20 bits -> 4 characters
    return [15n, 10n, 5n, 0n].map((shift) => CODE_ALPHABET[Number((bits >> shift) & 31n)]).join('');
  };
  const data = chars(idDigestHex) + chars(contentDigestHex);
  return `${data.slice(0, 4)}-${data.slice(4)}-${checkCharacter(data)}`;
}

/**
 * What a person typed or a scanner sent, as a code: case, spaces, dashes and look-alike letters
 * forgiven. Null when it is not nine code characters or the check character does not match.
 */
export function normalizeCode(input: string): string | null {
  const plain = input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (plain.length !== 9 || [...plain].some((c) => !CODE_ALPHABET.includes(c))) return null;
  const data = plain.slice(0, 8);
  if (checkCharacter(data) !== plain[8]) return null;
  return `${data.slice(0, 4)}-${data.slice(4)}-${plain[8]}`;
}
