import { createHash, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';

const deflateChunk = promisify(deflateRaw);

/**
 * One zip entry for fflate's Zip, compressed by Node's own zlib in the thread pool: several
 * times faster than deflate in JavaScript, and off the main thread, so the app stays
 * responsive while a large archive is written. Each chunk is deflated on its own and ends
 * with a sync flush (the last with the final block); concatenated, they are one valid deflate
 * stream. Stored entries (already-compressed files) pass through with a native CRC.
 */
class NativeEntry implements ZipInputFile {
  crc = 0;
  size = 0;
  readonly compression: number;
  ondata!: AsyncFlateStreamHandler;
  mtime?: Date;

  constructor(readonly filename: string, private readonly compress: boolean) {
    this.compression = compress ? 8 : 0;
  }

  async push(chunk: Uint8Array, final: boolean): Promise<void> {
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    const out = this.compress ? await deflateChunk(chunk, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }) : chunk;
    this.ondata(null, out as Uint8Array<ArrayBuffer>, final);
  }
}

export interface WrittenEntry {
  name: string;
  size: number;
  sha256: string;
}

/** One entry being written: bytes go in, the hash and size of the uncompressed content come out. */
export interface EntrySink {
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<WrittenEntry>;
}

/**
 * A zip file written as a stream with fflate (entries one after another, each finished
 * before the next starts), straight into a file handle: memory stays flat however large the
 * export. Each entry's SHA-256 is computed over its uncompressed bytes for the manifest.
 * Records compress well (deflate); attached files are mostly compressed already and are
 * stored as they are.
 */
export class ZipFileWriter {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private open = false;
  private readonly output = createHash('sha256');
  bytesWritten = 0;

  constructor(private readonly handle: FileHandle, private readonly mtime: Date) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.pending.push(chunk);
    });
  }

  /** Writes what fflate produced so far to the file. */
  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return;
    const chunks = this.pending;
    this.pending = [];
    const buffer = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    let offset = 0;
    while (offset < buffer.length) {
      const { bytesWritten } = await this.handle.write(buffer, offset, buffer.length - offset);
      offset += bytesWritten;
    }
    this.output.update(buffer);
    this.bytesWritten += buffer.length;
  }

  /** SHA-256 of the whole zip file as written (after finish). */
  sha256(): string {
    return this.output.digest('hex');
  }

  entry(name: string, compress: boolean): EntrySink {
    if (this.open) throw new Error('zip entries are written one at a time');
    this.open = true;
    const file = new NativeEntry(name, compress);
    file.mtime = this.mtime;
    this.zip.add(file);
    const hash: Hash = createHash('sha256');
    let size = 0;
    return {
      write: async (bytes) => {
        if (bytes.length === 0) return;
        hash.update(bytes);
        size += bytes.length;
        await file.push(bytes, false);
        await this.flush();
      },
      close: async () => {
        await file.push(new Uint8Array(0), true);
        this.open = false;
        await this.flush();
        return { name, size, sha256: hash.digest('hex') };
      },
    };
  }

  /** A whole entry from bytes in memory (manifest, signature, small files). */
  async add(name: string, bytes: Uint8Array, compress: boolean): Promise<WrittenEntry> {
    const sink = this.entry(name, compress);
    await sink.write(bytes);
    return sink.close();
  }

  /** Writes the central directory; the file is a complete zip only after this. */
  async finish(): Promise<void> {
    this.zip.end();
    await this.flush();
  }
}
