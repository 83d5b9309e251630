import { formatFileSize } from '../../../../shared/attachments';
import { IMPORT_MAX_BYTES } from '../../../../shared/agencyImport';

export type ImportFileRead =
  | { ok: true; fileName: string; base64: string }
  | { ok: false; reason: 'tooLarge' | 'empty' | 'unreadable'; fileName: string; size: string };

/**
 * Reads the chosen file as base64 for the core, after the cheap checks the core repeats
 * (size, empty): a file too large is never read into the page. What the file is, is decided
 * by the core from its bytes, never from its name here.
 */
export function readImportFile(file: File): Promise<ImportFileRead> {
  const size = formatFileSize(file.size);
  if (file.size === 0) return Promise.resolve({ ok: false, reason: 'empty', fileName: file.name, size });
  if (file.size > IMPORT_MAX_BYTES) return Promise.resolve({ ok: false, reason: 'tooLarge', fileName: file.name, size });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onerror = () => resolve({ ok: false, reason: 'unreadable', fileName: file.name, size });
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      if (comma < 0) resolve({ ok: false, reason: 'unreadable', fileName: file.name, size });
      else resolve({ ok: true, fileName: file.name, base64: url.slice(comma + 1) });
    };
    reader.readAsDataURL(file);
  });
}
