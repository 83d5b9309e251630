/**
 * The words of the letterhead (kop surat) and signature blocks, shared by the printed
 * documents and the settings preview so both say the same thing.
 */
export const INSTITUTION = 'OMBUDSMAN REPUBLIK INDONESIA';

/** Ways offices write the institution at the start of their own name. */
const INSTITUTION_PREFIXES = [INSTITUTION, 'OMBUDSMAN RI'];

/**
 * The office line of the kop in capitals, without repeating the institution printed above
 * it: "Ombudsman RI Perwakilan Provinsi Kepulauan Bangka Belitung" ->
 * "PERWAKILAN PROVINSI KEPULAUAN BANGKA BELITUNG".
 */
export function kopOfficeLine(officeName: string): string {
  const upper = officeName.replace(/\s+/g, ' ').trim().toLocaleUpperCase('id-ID');
  for (const prefix of INSTITUTION_PREFIXES) {
    if (upper === prefix) return '';
    if (upper.startsWith(`${prefix} `)) return upper.slice(prefix.length).trim();
  }
  return upper;
}

/** "Telepon (0717) 425 0123 · Email babel@ombudsman.go.id · Laman ombudsman.go.id" */
export function kopContactLine(contacts: { phone: string; email: string; website: string }): string {
  return [
    contacts.phone.trim() && `Telepon ${contacts.phone.trim()}`,
    contacts.email.trim() && `Email ${contacts.email.trim()}`,
    contacts.website.trim() && `Laman ${contacts.website.trim()}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * A civil servant's NIP as printed under a signature: 18 digits grouped as birth date,
 * appointment month, sex and sequence ("19780512 200501 1 003"). Anything else is kept as is.
 */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  return /^\d{18}$/.test(digits) ? `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}` : nip.trim();
}
