import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { manifestSchema, type Manifest } from '../../electron/core/archive/format';
import { signManifest, type OfficeKey } from '../../electron/core/archive/officeKey';
import { readCentralDirectory, readWholeEntry } from '../../electron/core/archive/zipReader';

/**
 * Builds zips by hand for attack tests: any names (duplicates, "../"), stored or deflated,
 * with the sizes the central directory declares set at will. The CRC is left at zero:
 * Simpul checks SHA-256 from the signed manifest instead.
 */
export interface CraftEntry {
  name: string;
  data: Uint8Array;
  method?: 0 | 8;
  /** What the directory claims the uncompressed size is (default: the real size). */
  declaredSize?: number;
}

export function craftZip(entries: readonly CraftEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(e.data) : Buffer.from(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, body);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(body.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

/** Every entry of an archive file, and its manifest. */
export async function readArchive(path: string): Promise<{ manifest: Manifest; entries: Map<string, Buffer> }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const entries = new Map<string, Buffer>();
    for (const e of await readCentralDirectory(handle, size)) entries.set(e.name, await readWholeEntry(handle, e, 1024 ** 3));
    return { manifest: manifestSchema.parse(JSON.parse(entries.get('manifest.json')!.toString('utf8'))), entries };
  } finally {
    await handle.close();
  }
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A properly signed archive with these data entries: the manifest's entry list (sizes and
 * hashes) is recomputed unless `keepEntryList`, then signed with `key`. `extra` entries go
 * into the zip without being listed; `replace` puts other bytes in the zip under a listed name.
 */
export function signedArchive(
  manifest: Manifest | Record<string, unknown>,
  data: Map<string, Buffer>,
  key: OfficeKey,
  opts: { extra?: CraftEntry[]; keepEntryList?: boolean; replace?: Record<string, CraftEntry> } = {},
): Buffer {
  const listed = [...data.entries()].filter(([name]) => name !== 'manifest.json' && name !== 'manifest.sig');
  const m = opts.keepEntryList ? manifest : { ...manifest, keyFingerprint: key.fingerprint, entries: listed.map(([name, bytes]) => ({ name, size: bytes.length, sha256: sha256(bytes) })) };
  const manifestBytes = Buffer.from(JSON.stringify(m), 'utf8');
  const sig = Buffer.from(JSON.stringify({ algorithm: 'Ed25519', publicKey: key.publicKeyDer.toString('base64'), signature: signManifest(key, manifestBytes).toString('base64') }));
  return craftZip([...listed.map(([name, bytes]) => opts.replace?.[name] ?? { name, data: bytes }), ...(opts.extra ?? []), { name: 'manifest.json', data: manifestBytes }, { name: 'manifest.sig', data: sig, method: 0 }]);
}
