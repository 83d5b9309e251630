import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { entryLimit, type EntryKind } from './format';
import { parseHeader, parseRow, textLines, type Cell, type TableHeader } from './jsonLines';
import { refuse } from './refusal';
import { readEntry, readWholeEntry, type ZipEntry } from './zipReader';

export interface VerifiedEntry {
  zip: ZipEntry;
  kind: EntryKind;
  sha256: string;
}

/**
 * Reads an entry a second time (for the merge), hashing it again: if the file changed since
 * it was verified, the last chunk refuses the archive and the merge's transaction rolls back.
 */
async function* rehashed(handle: FileHandle, name: string, entry: VerifiedEntry): AsyncGenerator<Uint8Array> {
  const hash = createHash('sha256');
  for await (const chunk of readEntry(handle, entry.zip, entryLimit(entry.kind))) {
    hash.update(chunk);
    yield chunk;
  }
  if (hash.digest('hex') !== entry.sha256) throw refuse('archiveChecksum', { name });
}

export async function openTableEntry(
  handle: FileHandle,
  name: string,
  entry: VerifiedEntry,
): Promise<{ header: TableHeader; rows: AsyncIterable<{ row: Cell[]; line: number }> }> {
  if (entry.kind.kind !== 'table') throw new Error(`${name} is not a table`);
  const lines = textLines(rehashed(handle, name, entry), name)[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = parseHeader(first.done ? undefined : first.value, name, entry.kind.table);
  const width = header.columns.length;
  async function* rows(): AsyncGenerator<{ row: Cell[]; line: number }> {
    let line = 1;
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      line += 1;
      yield { row: parseRow(next.value, width, name, line), line };
    }
  }
  return { header, rows: rows() };
}

/** A file entry's bytes, checked against the hash verified before. */
export async function readFileEntry(handle: FileHandle, name: string, entry: VerifiedEntry): Promise<Buffer> {
  const bytes = await readWholeEntry(handle, entry.zip, entryLimit(entry.kind));
  if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256) throw refuse('archiveChecksum', { name });
  return bytes;
}
