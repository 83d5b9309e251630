import { ATTACHMENT_KINDS, fileExtension, kindByExtension, MAX_FILE_NAME, type AttachmentKind } from '../../../shared/attachments';
import { DomainError } from '../errors';
import { zipEntryNames } from './zipEntries';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000-1, annex H.3). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF.length, 1024);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, PDF, i)) return true;
  return false;
}

/** Office Open XML documents are zip archives; their parts say which application made them. */
function officeKind(bytes: Uint8Array): AttachmentKind | 'macro' | null {
  const names = zipEntryNames(bytes);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.toLowerCase().endsWith('vbaproject.bin'))) return 'macro';
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  return null;
}

/** What the bytes are, by their signature alone; null for anything not on the whitelist. */
export function detectKind(bytes: Uint8Array): AttachmentKind | 'macro' | null {
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, ZIP)) return officeKind(bytes);
  if (hasPdfHeader(bytes)) return 'pdf';
  return null;
}

/**
 * Decides the kind of an attached file from its content and checks the name agrees: a name
 * ending in another accepted kind's extension is refused (a PNG called "surat.pdf" is a
 * mistake worth telling), a name without a known extension gets the right one appended.
 */
export function classifyAttachment(bytes: Uint8Array, fileName: string): { kind: AttachmentKind; fileName: string } {
  const kind = detectKind(bytes);
  if (kind === 'macro') throw new DomainError('VALIDATION', 'attachmentMacro', {}, { base64: { key: 'attachmentMacro' } });
  if (kind === null) throw new DomainError('VALIDATION', 'attachmentType', {}, { base64: { key: 'attachmentType' } });
  const claimed = kindByExtension(fileName);
  if (claimed === null) {
    const ext = `.${ATTACHMENT_KINDS[kind].extensions[0]}`;
    return { kind, fileName: `${fileName.slice(0, MAX_FILE_NAME - ext.length).trimEnd()}${ext}` };
  }
  if (claimed !== kind) {
    const params = { ext: fileExtension(fileName), actual: ATTACHMENT_KINDS[kind].label };
    throw new DomainError('VALIDATION', 'attachmentTypeMismatch', params, { fileName: { key: 'attachmentTypeMismatch', params } });
  }
  return { kind, fileName };
}
