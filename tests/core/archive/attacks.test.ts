import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicKeyFileText } from '../../../electron/core/archive/keyFile';
import { loadOrCreateOfficeKey, readOfficeKey, type OfficeKey } from '../../../electron/core/archive/officeKey';
import { readCentralDirectory } from '../../../electron/core/archive/zipReader';
import { demoOffice, exportNow } from '../../helpers/archives';
import { craftZip, readArchive, signedArchive } from '../../helpers/craftArchive';
import { b64, sample } from '../../helpers/sampleFiles';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, tempDir, type TempCore } from '../../helpers/tempCore';

let office: TempCore;
let head: TempCore;
let good: string;
let officeKey: OfficeKey;
let stranger: OfficeKey;
const dir = tempDir('simpul-attack-');
let n = 0;
const file = (bytes: Uint8Array) => {
  const path = join(dir, `case-${++n}.simpul`);
  writeFileSync(path, bytes);
  return path;
};

beforeAll(async () => {
  office = await openTempCore(demoOffice());
  await office.must('system.loadDemo', {});
  const [mou] = (await office.must('mous.list', {})).items;
  await office.must('attachments.add', { entity: 'mou', entityId: mou!.id, fileName: 'mou.pdf', base64: b64(sample.pdf('signed')) });
  good = (await exportNow(office, { kind: 'full' })).path;
  officeKey = (await readOfficeKey(office.core.paths.dataDir))!;
  stranger = await loadOrCreateOfficeKey(join(dir, 'stranger'), new Date());
  head = await openTempCore();
  await head.must('settings.update', { ...EXAMPLE_OFFICE, officeCode: 'PUSAT' });
  const text = publicKeyFileText({ officeCode: 'BABEL', officeName: 'Babel', publicKeyDer: officeKey.publicKeyDer, fingerprint: officeKey.fingerprint, createdAt: officeKey.createdAt });
  await head.must('archive.trustKey', { text, note: '' });
});
afterAll(async () => {
  await office?.cleanup();
  await head?.cleanup();
});

/** Verify says what is wrong, preview and import refuse, and the database is byte-for-byte the same. */
async function expectRefused(path: string, key: string | RegExp): Promise<void> {
  const before = databaseChecksum(head.dbPath);
  const token = await head.core.stageFile('archive', path);
  const verified = await head.must('archive.verify', { token });
  const preview = await head.must('archive.preview', { token });
  const imported = await head.call('archive.import', { token, acceptUnknownKey: true });
  const problem = verified.ok ? preview.verify.problem : verified.problem;
  expect(problem?.key, problem?.message).toMatch(key);
  expect(problem?.message).toMatch(/database tidak diubah|database was not changed/i);
  expect(imported.ok).toBe(false);
  if (!imported.ok) expect(imported.error.key).toMatch(key);
  expect(databaseChecksum(head.dbPath)).toBe(before);
}

describe('attacks and damage: refused, database unchanged', () => {
  it('accepts the untouched archive as signed by a trusted key (the baseline)', async () => {
    const v = await head.must('archive.verify', { token: await head.core.stageFile('archive', good) });
    expect(v.problem).toBeNull();
    expect(v.signer?.status).toBe('trusted');
  });

  it('refuses a flipped byte in each entry', async () => {
    const bytes = readFileSync(good);
    const handle = await open(good, 'r');
    const entries = await readCentralDirectory(handle, bytes.length);
    await handle.close();
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) {
      const copy = Buffer.from(bytes);
      copy[e.dataOffset + Math.floor(e.compressedSize / 2)]! ^= 0x01;
      await expectRefused(file(copy), /^archive(Checksum|Truncated|SignatureInvalid|ManifestInvalid|EntryTooLarge|MalformedRow|NotZip)$/);
    }
  });

  it('refuses truncated files', async () => {
    const bytes = readFileSync(good);
    for (const length of [0, 21, 100, Math.floor(bytes.length / 2), bytes.length - 23, bytes.length - 1]) {
      await expectRefused(file(bytes.subarray(0, length)), /^archive(Truncated|NotZip|StagedMissing)$/);
    }
  });

  it('refuses an edited manifest, a changed signature, and a manifest re-signed by another key', async () => {
    const { manifest, entries } = await readArchive(good);
    const edited = Buffer.from(JSON.stringify({ ...manifest, office: { ...manifest.office, name: 'Kantor palsu' } }));
    const parts = [...entries].filter(([name]) => name !== 'manifest.json').map(([name, data]) => ({ name, data }));
    await expectRefused(file(craftZip([...parts, { name: 'manifest.json', data: edited }])), 'archiveSignatureInvalid');
    const sig = JSON.parse(entries.get('manifest.sig')!.toString());
    const flipped = Buffer.from(sig.signature, 'base64');
    flipped[3]! ^= 0x80;
    const badSig = Buffer.from(JSON.stringify({ ...sig, signature: flipped.toString('base64') }));
    await expectRefused(file(craftZip([...parts.filter((p) => p.name !== 'manifest.sig'), { name: 'manifest.json', data: entries.get('manifest.json')! }, { name: 'manifest.sig', data: badSig }])), 'archiveSignatureInvalid');
    // Consistent, but signed with a key that is not BABEL's registered one.
    await expectRefused(file(signedArchive(manifest, entries, stranger)), 'archiveKeyNotRegistered');
  });

  it('refuses path traversal and other unexpected names, writing nothing outside', async () => {
    const { manifest, entries } = await readArchive(good);
    const evil = Buffer.from('owned');
    for (const name of ['../../evil.txt', '/tmp/evil.txt', 'C:/evil.txt', 'files/attachments/../../../evil.txt', 'data\\..\\evil.jsonl', 'notes.txt']) {
      await expectRefused(file(signedArchive(manifest, entries, officeKey, { extra: [{ name, data: evil }] })), /^archive(EntryName|ExtraEntry)$/);
    }
    const listed = new Map(entries);
    listed.set('files/documents/2025/../../../evil.pdf', evil);
    await expectRefused(file(signedArchive(manifest, listed, officeKey)), 'archiveEntryName');
    expect(existsSync(join(head.dir, 'evil.txt'))).toBe(false);
    expect(existsSync('/tmp/evil.txt')).toBe(false);
  });

  it('refuses a huge declared size and a decompression bomb', async () => {
    const { manifest, entries } = await readArchive(good);
    const parts = [...entries].filter(([name]) => !name.startsWith('manifest')).map(([name, data]) => ({ name, data }));
    const huge = parts.map((p) => (p.name === 'data/agencies.jsonl' ? { ...p, declaredSize: 4_000_000_000 } : p));
    await expectRefused(file(craftZip([...huge, { name: 'manifest.json', data: entries.get('manifest.json')! }, { name: 'manifest.sig', data: entries.get('manifest.sig')!, method: 0 }])), 'archiveEntryTooLarge');
    // Signed by the real key, listing and declaring 100 bytes that inflate to 64 MB.
    const small = new Map(entries);
    small.set('data/agencies.jsonl', Buffer.alloc(100, 0x20));
    const replace = { 'data/agencies.jsonl': { name: 'data/agencies.jsonl', data: Buffer.alloc(64 * 1024 * 1024, 0x20), declaredSize: 100 } };
    await expectRefused(file(signedArchive(manifest, small, officeKey, { replace })), 'archiveEntryTooLarge');
  });

  it('refuses duplicate entries', async () => {
    const { entries } = await readArchive(good);
    const all = [...entries].map(([name, data]) => ({ name, data }));
    await expectRefused(file(craftZip([...all, { name: 'manifest.json', data: entries.get('manifest.json')! }])), 'archiveDuplicateEntry');
    await expectRefused(file(craftZip([{ name: 'data/agencies.jsonl', data: entries.get('data/agencies.jsonl')! }, ...all])), 'archiveDuplicateEntry');
  });

  it('refuses an archive of a newer format or schema, and names the version', async () => {
    const { manifest, entries } = await readArchive(good);
    await expectRefused(file(signedArchive({ ...manifest, formatVersion: 2 }, entries, officeKey)), 'archiveFormatNewer');
    await expectRefused(file(signedArchive({ ...manifest, schemaVersion: 99 }, entries, officeKey)), 'archiveSchemaNewer');
  });

  it('refuses foreign files: not a zip, another kind of zip, an unknown table', async () => {
    await expectRefused(file(Buffer.from('Ini bukan arsip, hanya teks biasa yang cukup panjang untuk diperiksa.')), 'archiveNotZip');
    await expectRefused(file(sample.docx()), 'archiveEntryName');
    const { manifest, entries } = await readArchive(good);
    const extra = new Map(entries);
    extra.set('data/secret_table.jsonl', Buffer.from('{"table":"secret_table","columns":["id"]}\n'));
    await expectRefused(file(signedArchive({ ...manifest, tables: { ...manifest.tables, secret_table: { rows: 0 } } }, extra, officeKey)), 'archiveUnknownTable');
  });

  it('refuses, and rolls back, an archive carrying another office\'s records or unreadable rows', async () => {
    const { manifest, entries } = await readArchive(good);
    const lines = entries.get('data/focal_assignments.jsonl')!.toString().split('\n');
    const forged = new Map(entries);
    forged.set('data/focal_assignments.jsonl', Buffer.from([lines[0], lines[1]!.replace('"BABEL"', '"SUMSEL"'), ...lines.slice(2)].join('\n')));
    await expectRefused(file(signedArchive(manifest, forged, officeKey)), 'archiveForeignRecord');
    const broken = new Map(entries);
    broken.set('data/focal_assignments.jsonl', Buffer.from([lines[0], '["not", "closed"', ...lines.slice(2)].join('\n')));
    await expectRefused(file(signedArchive(manifest, broken, officeKey)), 'archiveMalformedRow');
  });

  it('warns about an unknown key and imports only after the key is accepted; refuses a revoked key', async () => {
    const other = await openTempCore(demoOffice({ seed: 9, officeCode: 'SUMSEL' }));
    await other.must('system.loadDemo', {});
    const path = (await exportNow(other, { kind: 'full' })).path;
    const token = await head.core.stageFile('archive', path);
    const v = await head.must('archive.verify', { token });
    expect(v.ok).toBe(true);
    expect(v.signer?.status).toBe('unknown');
    expect(v.warnings.join(' ')).toMatch(/belum dikenal/);
    const before = databaseChecksum(head.dbPath);
    const refused = await head.call('archive.import', { token, acceptUnknownKey: false });
    expect(refused.ok || refused.error.key).toBe('archiveUnknownKeyNotAccepted');
    expect(databaseChecksum(head.dbPath)).toBe(before);
    await other.cleanup();

    const [babel] = await head.must('archive.keys', {});
    await head.must('archive.setKeyActive', { id: babel!.id, active: false });
    await expectRefused(good, 'archiveKeyRevoked');
    await head.must('archive.setKeyActive', { id: babel!.id, active: true });
  });
});

