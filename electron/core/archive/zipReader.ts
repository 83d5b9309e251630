import type { FileHandle } from 'node:fs/promises';
import { Inflate } from 'fflate';
import { LIMITS } from './format';
import { refuse, sizeLabel } from './refusal';

/**
 * A strict reader for the zips Simpul writes. It trusts nothing in the file: the central
 * directory is parsed by hand and checked (no zip64, no encryption, no duplicate or unsafe
 * names, entries inside the file and not overlapping, local headers agreeing with the
 * directory), and entries are inflated in small steps with the output counted, so a
 * decompression bomb is stopped at its declared size instead of filling memory or disk.
 */

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  size: number;
  localOffset: number;
  dataOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const READ_STEP = 16 * 1024;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw refuse('archiveTruncated', { detail: 'akhir berkas' });
    done += bytesRead;
  }
  return buffer;
}

/** Names that could escape a folder or mean something special on some system. */
function unsafeName(name: string): boolean {
  return (
    name.length === 0 ||
    name.length > 255 ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '' || part === '.' || part === '..')
  );
}

export async function readCentralDirectory(handle: FileHandle, fileSize: number): Promise<ZipEntry[]> {
  if (fileSize > LIMITS.archiveBytes) throw refuse('archiveTooLarge', { size: sizeLabel(fileSize), max: sizeLabel(LIMITS.archiveBytes) });
  if (fileSize < 22) throw refuse('archiveNotZip', { detail: 'berkas terlalu kecil' });
  if ((await readAt(handle, 0, 4)).readUInt32LE(0) !== LOCAL_SIG) throw refuse('archiveNotZip', { detail: 'bukan berkas zip' });
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw refuse('archiveTruncated', { detail: 'daftar isi zip tidak ditemukan' });
  const eocdPos = fileSize - tailLength + eocd;
  if (eocd >= 20 && tail.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIG) throw refuse('archiveUnsupportedZip', { detail: 'zip64' });
  const disk = tail.readUInt16LE(eocd + 4);
  const cdDisk = tail.readUInt16LE(eocd + 6);
  const onDisk = tail.readUInt16LE(eocd + 8);
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) throw refuse('archiveUnsupportedZip', { detail: 'arsip terbagi' });
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw refuse('archiveUnsupportedZip', { detail: 'zip64' });
  if (count > LIMITS.entries) throw refuse('archiveEntryTooLarge', { name: 'daftar isi', size: `${count} berkas` });
  if (cdSize > LIMITS.centralDirectoryBytes || cdOffset + cdSize > eocdPos) throw refuse('archiveTruncated', { detail: 'daftar isi zip di luar berkas' });

  const cd = await readAt(handle, cdOffset, cdSize);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIG) throw refuse('archiveTruncated', { detail: 'daftar isi zip rusak' });
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const compressedSize = cd.readUInt32LE(p + 20);
    const size = cd.readUInt32LE(p + 24);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const localOffset = cd.readUInt32LE(p + 42);
    if (p + 46 + nameLength + extraLength + commentLength > cd.length) throw refuse('archiveTruncated', { detail: 'daftar isi zip rusak' });
    let name: string;
    try {
      name = decoder.decode(cd.subarray(p + 46, p + 46 + nameLength));
    } catch {
      throw refuse('archiveEntryName', { name: '(bukan UTF-8)' });
    }
    p += 46 + nameLength + extraLength + commentLength;
    if (unsafeName(name)) throw refuse('archiveEntryName', { name: name.slice(0, 120) });
    if (seen.has(name)) throw refuse('archiveDuplicateEntry', { name });
    seen.add(name);
    if (flags & 0x1) throw refuse('archiveUnsupportedZip', { detail: 'terenkripsi' });
    if (method !== 0 && method !== 8) throw refuse('archiveUnsupportedZip', { detail: `metode kompresi ${method}` });
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw refuse('archiveUnsupportedZip', { detail: 'zip64' });
    if (method === 0 && compressedSize !== size) throw refuse('archiveTruncated', { detail: `ukuran ${name}` });
    entries.push({ name, method, compressedSize, size, localOffset, dataOffset: -1 });
  }
  if (p !== cd.length) throw refuse('archiveTruncated', { detail: 'daftar isi zip berlebih' });

  // Each entry's data lies inside the file, before the directory, and overlaps no other
  // (overlapping entries are how some bombs multiply their size).
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let previousEnd = 0;
  for (const entry of byOffset) {
    if (entry.localOffset < previousEnd) throw refuse('archiveUnsupportedZip', { detail: `berkas bertumpuk (${entry.name})` });
    const header = await readAt(handle, entry.localOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL_SIG) throw refuse('archiveTruncated', { detail: `kepala ${entry.name}` });
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const localName = await readAt(handle, entry.localOffset + 30, nameLength);
    if (localName.toString('utf8') !== entry.name) throw refuse('archiveUnsupportedZip', { detail: `nama ganda untuk ${entry.name}` });
    entry.dataOffset = entry.localOffset + 30 + nameLength + extraLength;
    previousEnd = entry.dataOffset + entry.compressedSize;
    if (previousEnd > cdOffset) throw refuse('archiveTruncated', { detail: entry.name });
  }
  return entries;
}

/**
 * The entry's uncompressed bytes, in chunks. Stops (refusing the archive) as soon as the
 * output would exceed the entry's declared size or `limit`, and when it ends short of it.
 */
export async function* readEntry(handle: FileHandle, entry: ZipEntry, limit: number): AsyncGenerator<Uint8Array> {
  if (entry.size > limit) throw refuse('archiveEntryTooLarge', { name: entry.name, size: sizeLabel(entry.size) });
  let produced = 0;
  const out: Uint8Array[] = [];
  const inflater = entry.method === 8 ? new Inflate((chunk) => out.push(chunk)) : null;
  let position = entry.dataOffset;
  const end = entry.dataOffset + entry.compressedSize;
  if (entry.compressedSize === 0) {
    if (entry.size !== 0) throw refuse('archiveTruncated', { detail: entry.name });
    return;
  }
  while (position < end) {
    const step = Math.min(READ_STEP, end - position);
    const raw = await readAt(handle, position, step);
    position += step;
    if (inflater) {
      try {
        inflater.push(raw, position >= end);
      } catch {
        throw refuse('archiveTruncated', { detail: `isi ${entry.name} rusak` });
      }
    } else out.push(raw);
    for (const chunk of out.splice(0)) {
      produced += chunk.length;
      if (produced > entry.size) throw refuse('archiveEntryTooLarge', { name: entry.name, size: `> ${sizeLabel(entry.size)}` });
      yield chunk;
    }
  }
  if (produced !== entry.size) throw refuse('archiveTruncated', { detail: `isi ${entry.name} tidak lengkap` });
}

/** A small entry (manifest, signature) in one buffer. */
export async function readWholeEntry(handle: FileHandle, entry: ZipEntry, limit: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of readEntry(handle, entry, limit)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
