/**
 * Indonesian phone numbers as offices type them ("0812-3456-7890", "+62 812 3456 7890",
 * "(0717) 431222") brought to one form, so a WhatsApp link can be built and a broken number
 * flagged before someone tries to call it.
 *
 * Numbering plan (ITU-T E.164, Indonesia +62): after the trunk prefix 0, mobile numbers start
 * with 8 and have 9-12 digits (0811-xxx-xxx up to 0812-xxxx-xxxxx); fixed lines start with an
 * area code 2x-9x (021 Jakarta, 0717 Pangkalpinang) and have 7-11 digits. WhatsApp needs a
 * mobile number in international form without "+": https://wa.me/6281234567890.
 */

export type PhoneKind = 'mobile' | 'landline';

/** Why a number cannot be used (the UI shows a sentence per reason). */
export type PhoneProblem =
  | 'empty'
  | 'letters'
  | 'characters'
  | 'foreign'
  | 'prefix'
  | 'tooShort'
  | 'tooLong'
  /** A valid fixed-line number: fine to call, but WhatsApp needs a mobile number. */
  | 'landline';

export type PhoneParse =
  | {
      ok: true;
      kind: PhoneKind;
      /** Country code and number, digits only: "6281234567890". */
      international: string;
      /** With the trunk prefix, digits only: "081234567890". */
      national: string;
    }
  | { ok: false; reason: Exclude<PhoneProblem, 'landline'> };

export type WhatsAppNumber = { ok: true; number: string } | { ok: false; reason: PhoneProblem };

const ALLOWED = /^\+?[0-9\s().\-/]*$/;
const MOBILE = { min: 9, max: 12 };
const LANDLINE = { min: 7, max: 11 };

/** Reads a number typed in any of the usual ways; see the file comment for the rules. */
export function parseIndonesianPhone(raw: string): PhoneParse {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (/\p{L}/u.test(text)) return { ok: false, reason: 'letters' };
  // "+" only in front; slashes would join two numbers ("0812... / 0813...").
  if (!ALLOWED.test(text) || text.includes('/')) return { ok: false, reason: 'characters' };
  let digits = text.replace(/\D/g, '');
  if (digits === '') return { ok: false, reason: 'empty' };

  const international = text.startsWith('+') || digits.startsWith('00');
  if (digits.startsWith('00')) digits = digits.slice(2);
  let subscriber: string;
  if (international) {
    if (!digits.startsWith('62')) return { ok: false, reason: 'foreign' };
    // "+62 (0)812 ..." keeps the trunk 0 by habit; it is not part of the number.
    subscriber = digits.slice(2).replace(/^0/, '');
  } else if (digits.startsWith('0')) {
    subscriber = digits.slice(1);
  } else if (digits.startsWith('62') && digits.length >= 11) {
    // "62 812 ..." without the plus sign.
    subscriber = digits.slice(2).replace(/^0/, '');
  } else {
    // "812 3456 7890": the trunk 0 left out.
    subscriber = digits;
  }

  const first = subscriber[0];
  if (first === undefined) return { ok: false, reason: 'tooShort' };
  if (first === '0' || first === '1') return { ok: false, reason: 'prefix' };
  const kind: PhoneKind = first === '8' ? 'mobile' : 'landline';
  const limits = kind === 'mobile' ? MOBILE : LANDLINE;
  if (subscriber.length < limits.min) return { ok: false, reason: 'tooShort' };
  if (subscriber.length > limits.max) return { ok: false, reason: 'tooLong' };
  return { ok: true, kind, international: `62${subscriber}`, national: `0${subscriber}` };
}

/** The number WhatsApp knows the person by, or why there is none. */
export function whatsappNumber(raw: string): WhatsAppNumber {
  const parsed = parseIndonesianPhone(raw);
  if (!parsed.ok) return parsed;
  if (parsed.kind !== 'mobile') return { ok: false, reason: 'landline' };
  return { ok: true, number: parsed.international };
}

/** The click-to-chat link for a normalised number ("6281234567890"). */
export function whatsappUrl(number: string): string {
  return `https://wa.me/${number}`;
}
