/**
 * The key under which a name is unique: case-, accent- and space-insensitive, so
 * "Dinas  Kesehatan" and "dinas kesehatan" are the same agency.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('id-ID')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Trim and collapse inner whitespace of a single-line text field. */
export function cleanLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
