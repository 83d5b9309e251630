/**
 * Attached files (scans of signed MoUs, letters, photos): which records may carry them,
 * which kinds of file are accepted and how large, and how a file name is made safe.
 * Shared so the page checks a file before reading it with the same rules the core applies.
 */

/**
 * Records that can carry attachments. A later feature adds its entity here and its table to
 * the core's registry (electron/core/attachments/targets.ts); the compiler points at both.
 */
export const ATTACHABLE_ENTITIES = ['mou', 'assistance', 'case', 'case_event', 'commitment'] as const;
export type AttachableEntity = (typeof ATTACHABLE_ENTITIES)[number];

/** 20 MB: a multi-page colour scan of a signed MoU fits; a video does not. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENT_LABEL = '20 MB';
/** The longest base64 text of a file within the limit (4 characters per 3 bytes, padded). */
export const MAX_ATTACHMENT_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;
export const MAX_FILE_NAME = 200;

/**
 * The accepted kinds. The core decides the kind from the file's first bytes (magic numbers),
 * never from its name; DOCX and XLSX are zip archives told apart by their parts.
 */
export const ATTACHMENT_KINDS = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  png: { mime: 'image/png', extensions: ['png'], label: 'PNG' },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], label: 'DOCX (Word)' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'XLSX (Excel)' },
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;
export const ATTACHMENT_KIND_LIST = Object.keys(ATTACHMENT_KINDS) as AttachmentKind[];

/** For a file picker's accept attribute. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_KIND_LIST.flatMap((k) => [
  ...ATTACHMENT_KINDS[k].extensions.map((e) => `.${e}`),
  ATTACHMENT_KINDS[k].mime,
]).join(',');

/** The kind a file name claims by its extension (lower case), or null. */
export function kindByExtension(fileName: string): AttachmentKind | null {
  const ext = fileExtension(fileName);
  return ATTACHMENT_KIND_LIST.find((k) => (ATTACHMENT_KINDS[k].extensions as readonly string[]).includes(ext)) ?? null;
}

/** "Scan MoU.PDF" -> "pdf"; "" when the name has no extension. */
export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : '';
}

// Characters Windows refuses in names, and controls anywhere.
const FORBIDDEN_CHARS = /[<>:"|?*\p{Cc}]/gu;
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name safe to show, to suggest in a save dialog and to send as a download name:
 * only the last path part (no folders), no characters Windows refuses, no leading dots
 * (hidden files) or trailing dots and spaces, no device names such as "CON".
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  let name = base.normalize('NFC').replace(FORBIDDEN_CHARS, '_').replace(/\s+/g, ' ').trim();
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  if (RESERVED_WINDOWS.test(stem)) name = `_${name}`;
  return name;
}

/** "1,5 MB", "320 KB": sizes as the office reads them (Indonesian decimal comma). */
export function formatFileSize(bytes: number, lang: 'id' | 'en' = 'id'): string {
  const fmt = (n: number) => (lang === 'id' ? n.toFixed(1).replace('.', ',') : n.toFixed(1)).replace(/[.,]0$/, '');
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} KB`;
  return `${fmt(bytes / (1024 * 1024))} MB`;
}
