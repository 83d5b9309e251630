import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt (memory-hard, in node:crypto, nothing to download). Each hash
 * stores its own salt and cost parameters in PHC string form
 *   $scrypt$ln=17,r=8,p=1$<salt, base64>$<key, base64>
 * so the parameters can be raised later: a successful sign-in on an older hash rehashes it.
 */
export interface ScryptParams {
  /** log2 of N, the CPU/memory cost. */
  log2N: number;
  r: number;
  p: number;
}

/** OWASP's minimum for scrypt (N = 2^17, r = 8, p = 1: 128 MiB, a few hundred ms). */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { log2N: 17, r: 8, p: 1 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;
const PHC_RE = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{22}(?:==)?)\$([A-Za-z0-9+/]{43}=?)$/;

/** Derives a key; injectable so tests can count derivations and keep them cheap. */
export type DeriveKey = (password: string, salt: Buffer, params: ScryptParams) => Promise<Buffer>;

export const scryptDerive: DeriveKey = (password, salt, { log2N, r, p }) =>
  new Promise((resolve, reject) => {
    const N = 2 ** log2N;
    // Node refuses more than 32 MiB by default; scrypt needs about 128 * N * r bytes.
    const options: ScryptOptions = { N, r, p, maxmem: 128 * N * r * 2 + 1024 * 1024 };
    // NFKC: the same password typed on another keyboard layout or IME gives the same bytes.
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

/** Parameters outside these bounds are refused rather than run (a hostile stored value). */
const sane = (p: ScryptParams): boolean => p.log2N >= 10 && p.log2N <= 22 && p.r >= 1 && p.r <= 32 && p.p >= 1 && p.p <= 16;

function parse(stored: string): ParsedHash | null {
  const m = PHC_RE.exec(stored);
  if (!m) return null;
  const params = { log2N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (!sane(params)) return null;
  const salt = Buffer.from(m[4]!, 'base64');
  const key = Buffer.from(m[5]!, 'base64');
  return salt.length === SALT_BYTES && key.length === KEY_BYTES ? { params, salt, key } : null;
}

const format = ({ log2N, r, p }: ScryptParams, salt: Buffer, key: Buffer): string =>
  `$scrypt$ln=${log2N},r=${r},p=${p}$${salt.toString('base64')}$${key.toString('base64')}`;

export interface Verification {
  ok: boolean;
  /** The stored hash used weaker parameters than today's: store a new one. */
  needsRehash: boolean;
}

export class PasswordHasher {
  /** Compared against when the user name is unknown, so that path costs the same. */
  private readonly decoySalt = randomBytes(SALT_BYTES);
  private readonly decoyKey = randomBytes(KEY_BYTES);

  constructor(
    readonly params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
    private readonly derive: DeriveKey = scryptDerive,
  ) {
    if (!sane(params)) throw new Error('scrypt parameters out of bounds');
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    return format(this.params, salt, await this.derive(password, salt, this.params));
  }

  /** Constant-time comparison of the derived key with the stored one. */
  async verify(password: string, stored: string): Promise<Verification> {
    const parsed = parse(stored);
    if (!parsed) {
      await this.verifyNobody(password);
      return { ok: false, needsRehash: false };
    }
    const key = await this.derive(password, parsed.salt, parsed.params);
    const ok = timingSafeEqual(key, parsed.key);
    const p = parsed.params;
    const weaker = p.log2N < this.params.log2N || p.r < this.params.r || p.p < this.params.p;
    return { ok, needsRehash: ok && weaker };
  }

  /** Same work as a real check (one derivation, one comparison), always false. */
  async verifyNobody(password: string): Promise<false> {
    const key = await this.derive(password, this.decoySalt, this.params);
    timingSafeEqual(key, this.decoyKey);
    return false;
  }
}
