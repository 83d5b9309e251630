import type { FontStyle } from './fonts';
import type { PrintedDocument } from './printedDocument';

const FOOTER: FontStyle = { font: 'serif', size: 9 };

/** "Halaman 2 dari 5" */
export const pageLabel = (page: number, of: number): string => `Halaman ${page} dari ${of}`;

/**
 * Writes "Halaman X dari Y" in the bottom margin of every page, right-aligned. Runs once the
 * whole document is laid out (pdfkit keeps the pages buffered), since Y is known only then.
 */
export function stampPageNumbers(doc: PrintedDocument): void {
  const { start, count } = doc.pdf.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.pdf.switchToPage(start + i);
    drawPageLabel(doc, pageLabel(i + 1, count));
  }
}

/** One page's label, right-aligned in the middle of the bottom margin of the current page. */
export function drawPageLabel(doc: PrintedDocument, label: string): void {
  const lh = doc.lineHeight(FOOTER);
  const y = doc.geometry.height - doc.geometry.margins.bottom + (doc.geometry.margins.bottom - lh) / 2;
  doc.drawAligned(label, doc.left, doc.width, y, FOOTER, 'right');
}
