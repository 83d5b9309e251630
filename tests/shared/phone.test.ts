import { describe, expect, it } from 'vitest';
import { parseIndonesianPhone, whatsappNumber, whatsappUrl, type PhoneProblem } from '../../shared/phone';

/** [as typed, WhatsApp number or the reason it has none] */
const CASES: Array<[string, string | PhoneProblem]> = [
  // Mobile numbers written the usual ways.
  ['081234567890', '6281234567890'],
  ['0812-3456-7890', '6281234567890'],
  ['0812 3456 7890', '6281234567890'],
  ['0812.3456.7890', '6281234567890'],
  ['(0812) 3456-789', '628123456789'],
  ['+62 812 3456 7890', '6281234567890'],
  ['+62-812-3456-7890', '6281234567890'],
  ['+6281234567890', '6281234567890'],
  ['62-812-3456-7890', '6281234567890'],
  ['6281234567890', '6281234567890'],
  ['+62 (0)812 3456 7890', '6281234567890'],
  ['0062 812 3456 7890', '6281234567890'],
  ['812 3456 7890', '6281234567890'],
  ['  0857 1234 5678  ', '6285712345678'],
  ['0811-123-456', '62811123456'],
  ['0813 1234 56789', '62813123456789'],
  // Fixed lines are real numbers, but not for WhatsApp.
  ['(0717) 431222', 'landline'],
  ['021-3984 1234', 'landline'],
  ['+62 21 3984 1234', 'landline'],
  // Not usable at all.
  ['', 'empty'],
  ['   ', 'empty'],
  ['-', 'empty'],
  ['0812-ABC-7890', 'letters'],
  ['hubungi kantor', 'letters'],
  ['0812#3456#7890', 'characters'],
  ['0812 3456 7890 / 0813 1111 2222', 'characters'],
  ['0812+3456', 'characters'],
  ['+65 9123 4567', 'foreign'],
  ['0065 9123 4567', 'foreign'],
  ['0812345', 'tooShort'],
  ['0812 3456', 'tooShort'],
  ['0812 3456 7890 1234', 'tooLong'],
  ['0717 12', 'tooShort'],
  ['021 1234 5678 9012', 'tooLong'],
  ['0123 4567 890', 'prefix'],
  ['112', 'prefix'],
];

describe('Indonesian phone numbers', () => {
  it.each(CASES)('%j -> %s', (raw, expected) => {
    const result = whatsappNumber(raw);
    if (/^\d+$/.test(expected)) expect(result).toEqual({ ok: true, number: expected });
    else expect(result).toEqual({ ok: false, reason: expected });
  });

  it('keeps fixed lines valid for calling, in both forms', () => {
    expect(parseIndonesianPhone('(0717) 431222')).toEqual({ ok: true, kind: 'landline', international: '62717431222', national: '0717431222' });
    expect(parseIndonesianPhone('+62 812-3456-7890')).toEqual({ ok: true, kind: 'mobile', international: '6281234567890', national: '081234567890' });
  });

  it('builds the click-to-chat link', () => {
    expect(whatsappUrl('6281234567890')).toBe('https://wa.me/6281234567890');
  });
});
