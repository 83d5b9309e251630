import { z } from 'zod';
import { fingerprintOf, parsePublicKey } from './officeKey';

/**
 * The public key file an office sends to head office (.simpulkey): small JSON that names the
 * office and carries the key. The fingerprint is recomputed from the key on reading; the one
 * in the file is only checked, never believed.
 */
export const KEY_FILE_FORMAT = 'simpul-office-key';

const keyFileSchema = z
  .object({
    format: z.literal(KEY_FILE_FORMAT),
    version: z.literal(1),
    officeCode: z.string().regex(/^[A-Z0-9]{2,12}$/),
    officeName: z.string().min(1).max(300),
    algorithm: z.literal('Ed25519'),
    publicKey: z.string().max(200),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    createdAt: z.string().max(40),
  })
  .strict();

export interface PublicKeyFile {
  officeCode: string;
  officeName: string;
  publicKeyDer: Buffer;
  fingerprint: string;
  createdAt: string;
}

export function publicKeyFileText(f: PublicKeyFile): string {
  return `${JSON.stringify(
    {
      format: KEY_FILE_FORMAT,
      version: 1,
      officeCode: f.officeCode,
      officeName: f.officeName,
      algorithm: 'Ed25519',
      publicKey: f.publicKeyDer.toString('base64'),
      fingerprint: f.fingerprint,
      createdAt: f.createdAt,
    },
    null,
    2,
  )}\n`;
}

/** The key file's content, or null when it is not a valid Simpul public key file. */
export function readPublicKeyFile(text: string): PublicKeyFile | null {
  let parsed: z.infer<typeof keyFileSchema>;
  try {
    parsed = keyFileSchema.parse(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return null;
  }
  const der = Buffer.from(parsed.publicKey, 'base64');
  if (!parsePublicKey(der)) return null;
  const fingerprint = fingerprintOf(der);
  if (fingerprint !== parsed.fingerprint) return null;
  return { officeCode: parsed.officeCode, officeName: parsed.officeName, publicKeyDer: der, fingerprint, createdAt: parsed.createdAt };
}
