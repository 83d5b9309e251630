import { createHash, createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../documents/atomicWrite';

/**
 * The office's signing identity: an Ed25519 key pair made on first use, kept in the data
 * folder (keys/office-key.json, readable by this user only) and never put into a database,
 * a backup or an archive. Head office receives the public key once, as a small file, and
 * checks its fingerprint with the office by phone before trusting it.
 *
 * The same file holds a random secret for pseudonyms: HMAC(secret, value) gives the same
 * pseudonymous id for the same reporter in every archive of this office, without anyone
 * who lacks the secret being able to test guesses.
 */
export interface OfficeKey {
  privateKey: KeyObject;
  /** SubjectPublicKeyInfo, DER. */
  publicKeyDer: Buffer;
  fingerprint: string;
  pseudonymSecret: Buffer;
  createdAt: string;
}

const keyFile = z
  .object({
    version: z.literal(1),
    algorithm: z.literal('Ed25519'),
    privateKeyPkcs8: z.string(),
    publicKeySpki: z.string(),
    pseudonymSecret: z.string(),
    createdAt: z.string(),
  })
  .strict();

export const keyFolder = (dataDir: string) => join(dataDir, 'keys');
const keyPath = (dataDir: string) => join(keyFolder(dataDir), 'office-key.json');

export const fingerprintOf = (publicKeyDer: Uint8Array): string => createHash('sha256').update(publicKeyDer).digest('hex');

function fromFile(text: string): OfficeKey {
  const f = keyFile.parse(JSON.parse(text));
  const privateKey = createPrivateKey({ key: Buffer.from(f.privateKeyPkcs8, 'base64'), format: 'der', type: 'pkcs8' });
  const publicKeyDer = Buffer.from(f.publicKeySpki, 'base64');
  return { privateKey, publicKeyDer, fingerprint: fingerprintOf(publicKeyDer), pseudonymSecret: Buffer.from(f.pseudonymSecret, 'base64'), createdAt: f.createdAt };
}

/** The office key if it exists; never creates one. */
export async function readOfficeKey(dataDir: string): Promise<OfficeKey | null> {
  let text: string;
  try {
    text = await readFile(keyPath(dataDir), 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
  return fromFile(text);
}

/** The office key, made (and stored with owner-only permissions) on first use. */
export async function loadOrCreateOfficeKey(dataDir: string, now: Date): Promise<OfficeKey> {
  const existing = await readOfficeKey(dataDir);
  if (existing) return existing;
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const file = {
    version: 1,
    algorithm: 'Ed25519',
    privateKeyPkcs8: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKeySpki: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    pseudonymSecret: randomBytes(32).toString('base64'),
    createdAt: now.toISOString(),
  };
  const dir = keyFolder(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700).catch(() => undefined); // Windows: the profile folder's ACL protects it.
  await writeFileAtomic(keyPath(dataDir), Buffer.from(JSON.stringify(file, null, 2), 'utf8'));
  await chmod(keyPath(dataDir), 0o600).catch(() => undefined);
  return fromFile(JSON.stringify(file));
}

export function signManifest(key: OfficeKey, manifestBytes: Uint8Array): Buffer {
  return sign(null, manifestBytes, key.privateKey);
}

/** A public key from its DER bytes, or null when they are not an Ed25519 key. */
export function parsePublicKey(der: Uint8Array): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

export function verifyManifest(publicKeyDer: Uint8Array, manifestBytes: Uint8Array, signature: Uint8Array): boolean {
  const key = parsePublicKey(publicKeyDer);
  if (!key || signature.length !== 64) return false;
  try {
    return verify(null, manifestBytes, key, signature);
  } catch {
    return false;
  }
}

/** "PSN-" and 12 hex digits of HMAC-SHA256 over the normalised value (case and spacing ignored). */
export function pseudonym(secret: Uint8Array, value: string): string {
  const normal = value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return `PSN-${createHmac('sha256', secret).update(normal, 'utf8').digest('hex').slice(0, 12).toUpperCase()}`;
}
