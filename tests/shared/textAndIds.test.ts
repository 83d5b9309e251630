import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { msg } from '../../shared/messages';
import { cleanLine, nameKey } from '../../shared/text';
import { UUID_RE, uuidv7 } from '../../shared/uuid';
import { fieldErrors, optionalPhone, optionalUrl, requiredLine } from '../../shared/validation';

describe('names and ids', () => {
  it('keys names case-, accent- and space-insensitively', () => {
    expect(nameKey('  Dinas   KESEHATAN\tKota ')).toBe('dinas kesehatan kota');
    expect(nameKey('Café')).toBe(nameKey('cafe'));
    expect(cleanLine(' a \n b ')).toBe('a b');
  });

  it('makes time-ordered, unique UUIDv7s', () => {
    const ids = Array.from({ length: 5000 }, () => uuidv7(1_700_000_000_000));
    expect(new Set(ids).size).toBe(5000);
    expect(ids.every((id) => UUID_RE.test(id) && id[14] === '7')).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(uuidv7(1_800_000_000_000) > ids[ids.length - 1]!).toBe(true);
  });
});

describe('shared validation', () => {
  it('speaks Indonesian by default and English on request', () => {
    const schema = z.object({ name: requiredLine(5), phone: optionalPhone(), web: optionalUrl() });
    const r = schema.safeParse({ name: 'abcdef', phone: 'x', web: 'mailto:a@b.c' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(fieldErrors(r.error)).toEqual({
      name: { code: 'tooLong', message: 'Maksimal 5 karakter', params: { max: 5 } },
      phone: { code: 'phone', message: msg('phone') },
      web: { code: 'url', message: msg('url') },
    });
    expect(fieldErrors(r.error, 'en').name!.message).toBe('At most 5 characters');
  });

  it('accepts Indonesian phone styles', () => {
    for (const ok of ['0812-3456-7890', '+62 812 3456 7890', '(0717) 421 234', '']) expect(optionalPhone().safeParse(ok).success).toBe(true);
    for (const bad of ['08ab', '12345', '0'.repeat(21)]) expect(optionalPhone().safeParse(bad).success).toBe(false);
  });
});
