/**
 * The name a generated file is offered under: readable parts joined by " - ", without the
 * characters Windows refuses in file names, and short enough for deep folders.
 * "Berita Acara Serah Terima Narahubung - Dinas Kesehatan - 2025-11-22.pdf"
 */
export function documentFileName(parts: string[], extension: 'pdf' | 'xlsx'): string {
  const base = parts
    .map((part) => part.replace(/[<>:"/\\|?*\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' - ')
    .slice(0, 150)
    .replace(/[ .]+$/, '');
  return `${base || 'Dokumen'}.${extension}`;
}

export const MIME = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
