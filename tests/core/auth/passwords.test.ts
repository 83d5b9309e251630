import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCRYPT_PARAMS, PasswordHasher, scryptDerive, type DeriveKey } from '../../../electron/core/auth/passwords';
import { TEST_PASSWORD_PARAMS } from '../../helpers/tempCore';

const crypto = vi.hoisted(() => ({ compared: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return {
    ...real,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      crypto.compared += 1;
      return real.timingSafeEqual(a, b);
    },
  };
});

/** Counts derivations (and their parameters) while doing the real work. */
function countingHasher(params = TEST_PASSWORD_PARAMS) {
  const calls: Array<{ log2N: number; r: number; p: number }> = [];
  const derive: DeriveKey = (password, salt, p) => {
    calls.push(p);
    return scryptDerive(password, salt, p);
  };
  return { hasher: new PasswordHasher(params, derive), calls };
}

describe('password hashing', () => {
  it('uses scrypt with OWASP minimum cost by default (N = 2^17, r = 8, p = 1)', () => {
    expect(DEFAULT_SCRYPT_PARAMS).toEqual({ log2N: 17, r: 8, p: 1 });
    expect(new PasswordHasher().params).toEqual(DEFAULT_SCRYPT_PARAMS);
  });

  it('stores salt and parameters with the hash, a fresh salt every time', async () => {
    const { hasher } = countingHasher();
    const a = await hasher.hash('kata-sandi-rahasia');
    const b = await hasher.hash('kata-sandi-rahasia');
    expect(a).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('kata-sandi-rahasia');
    expect((await hasher.verify('kata-sandi-rahasia', a)).ok).toBe(true);
    expect((await hasher.verify('kata-sandi-rahasiA', a)).ok).toBe(false);
  });

  it('checks a hash with its own stored parameters and asks to rehash weaker ones', async () => {
    const old = await countingHasher({ log2N: 10, r: 8, p: 1 }).hasher.hash('kata-sandi-lama');
    const { hasher, calls } = countingHasher({ log2N: 11, r: 8, p: 1 });
    expect(await hasher.verify('kata-sandi-lama', old)).toEqual({ ok: true, needsRehash: true });
    expect(calls).toEqual([{ log2N: 10, r: 8, p: 1 }]);
    expect(await hasher.verify('salah-sekali', old)).toEqual({ ok: false, needsRehash: false });
    expect(await hasher.verify('kata-sandi-lama', await hasher.hash('kata-sandi-lama'))).toEqual({ ok: true, needsRehash: false });
  });

  it('treats the same password typed in another Unicode form as the same (NFKC)', async () => {
    const { hasher } = countingHasher();
    const stored = await hasher.hash('kafe\u0301-rahasia-1'); // e + combining acute
    expect((await hasher.verify('kaf\u00e9-rahasia-1', stored)).ok).toBe(true);
  });

  it('does the same work, one derivation and one constant-time comparison, for an unknown user', async () => {
    const { hasher, calls } = countingHasher();
    const stored = await hasher.hash('kata-sandi-rahasia');
    calls.length = 0;
    crypto.compared = 0;
    await hasher.verify('tebakan-salah-1', stored);
    const known = { derivations: calls.length, comparisons: crypto.compared, params: calls[0] };
    calls.length = 0;
    crypto.compared = 0;
    expect(await hasher.verifyNobody('tebakan-salah-1')).toBe(false);
    expect({ derivations: calls.length, comparisons: crypto.compared, params: calls[0] }).toEqual(known);
    expect(known).toEqual({ derivations: 1, comparisons: 1, params: TEST_PASSWORD_PARAMS });
  });

  it.each([
    ['garbage', 'not-a-hash'],
    ['absurd cost', '$scrypt$ln=40,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['bcrypt', '$2b$12$abcdefghijklmnopqrstuv'],
  ])('refuses a malformed stored value (%s) after the same work, never running its parameters', async (_name, stored) => {
    const { hasher, calls } = countingHasher();
    expect(await hasher.verify('apa-saja-123', stored)).toEqual({ ok: false, needsRehash: false });
    expect(calls).toEqual([TEST_PASSWORD_PARAMS]);
  });

  it('refuses parameters out of bounds when configured', () => {
    expect(() => new PasswordHasher({ log2N: 30, r: 8, p: 1 })).toThrow(/bounds/);
  });
});
