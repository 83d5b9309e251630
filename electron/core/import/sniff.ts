import { unzipSync } from 'fflate';
import { IMPORT_MAX_BYTES } from '../../../shared/agencyImport';
import type { MessageKey } from '../../../shared/messages';
import { DomainError } from '../errors';

export type SpreadsheetFormat = 'xlsx' | 'csv';

/** Unpacked size allowed for an XLSX: generous for 5 000 rows, far below a zip bomb. */
export const MAX_UNPACKED_BYTES = 80 * 1024 * 1024;

/** A problem of the file as a whole, reported on the "file" field. */
export const fileError = (key: MessageKey, params: Record<string, string> = {}) => new DomainError('VALIDATION', key, params, { file: { key, params } });

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const MAGIC = {
  zip: [0x50, 0x4b, 0x03, 0x04],
  emptyZip: [0x50, 0x4b, 0x05, 0x06],
  /** OLE2 compound file: .xls, .doc, and password-protected Office files. */
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  pdf: [0x25, 0x50, 0x44, 0x46],
  png: [0x89, 0x50, 0x4e, 0x47],
  jpeg: [0xff, 0xd8, 0xff],
  gif: [0x47, 0x49, 0x46, 0x38],
  rar: [0x52, 0x61, 0x72, 0x21],
  sevenZip: [0x37, 0x7a, 0xbc, 0xaf],
};

/**
 * What the file is, decided from its bytes (magic numbers), never from its name: an XLSX is
 * a zip holding xl/workbook.xml; anything else that is not text is refused with a message
 * that says what it is and what to do.
 */
export function sniffSpreadsheet(bytes: Uint8Array): SpreadsheetFormat {
  if (bytes.byteLength === 0) throw fileError('importEmpty');
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw fileError('importTooLarge');
  if (startsWith(bytes, MAGIC.zip) || startsWith(bytes, MAGIC.emptyZip)) return sniffZip(bytes);
  if (startsWith(bytes, MAGIC.ole)) throw fileError('importOldExcel');
  if (startsWith(bytes, MAGIC.pdf)) throw fileError('importWrongType', { actual: 'PDF' });
  if (startsWith(bytes, MAGIC.png) || startsWith(bytes, MAGIC.jpeg) || startsWith(bytes, MAGIC.gif)) {
    throw fileError('importWrongType', { actual: 'gambar (PNG/JPEG/GIF)' });
  }
  if (startsWith(bytes, MAGIC.rar) || startsWith(bytes, MAGIC.sevenZip)) throw fileError('importWrongType', { actual: 'RAR/7z' });
  return 'csv';
}

function sniffZip(bytes: Uint8Array): SpreadsheetFormat {
  const entries: Array<{ name: string; originalSize: number }> = [];
  try {
    // The filter sees each entry's central-directory record and declines it: nothing is inflated.
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, originalSize: f.originalSize });
        return false;
      },
    });
  } catch {
    throw fileError('importCorrupt');
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    if (names.has('word/document.xml')) throw fileError('importWrongType', { actual: 'DOCX (Word)' });
    if (names.has('ppt/presentation.xml')) throw fileError('importWrongType', { actual: 'PPTX (PowerPoint)' });
    if (names.has('content.xml') && names.has('mimetype')) throw fileError('importWrongType', { actual: 'ODS/ODT (LibreOffice)' });
    if (names.has('xl/workbook.bin')) throw fileError('importWrongType', { actual: 'XLSB (Excel biner)' });
    throw fileError(entries.length === 0 ? 'importCorrupt' : 'importWrongType', { actual: 'ZIP' });
  }
  const unpacked = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (unpacked > MAX_UNPACKED_BYTES) throw fileError('importUnpackedTooLarge', { max: `${MAX_UNPACKED_BYTES / (1024 * 1024)} MB` });
  return 'xlsx';
}
