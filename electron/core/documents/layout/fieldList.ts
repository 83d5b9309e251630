import type { FontStyle } from './fonts';
import { mm } from './paper';
import { BODY, type PrintedDocument } from './printedDocument';

export interface FieldListOptions {
  style?: FontStyle;
  /** Left edge of the list (e.g. indented under a numbered heading). */
  x?: number;
  /** Width of the label column, up to the colon. */
  labelWidth?: number;
}

/**
 * "Nama      : Siti Rahma" lines as in berita acara and letters: labels in one column, the
 * colons aligned, values wrapping under themselves. Each field stays on one page.
 */
export function drawFieldList(doc: PrintedDocument, fields: Array<[label: string, value: string]>, opts: FieldListOptions = {}): void {
  const style = opts.style ?? BODY;
  const x = opts.x ?? doc.left;
  const labelWidth = opts.labelWidth ?? mm(45);
  const colonWidth = mm(4);
  const valueX = x + labelWidth + colonWidth;
  const valueWidth = doc.right - valueX;
  const lh = doc.lineHeight(style);
  for (const [label, value] of fields) {
    const labelLines = doc.lines(label, labelWidth - mm(1), style);
    const valueLines = doc.lines(value.trim() || '-', valueWidth, style);
    const rows = Math.max(labelLines.length, valueLines.length);
    doc.ensureSpace(rows * lh);
    labelLines.forEach((line, i) => doc.drawLine(line, x, doc.y + i * lh, style));
    doc.drawLine(':', x + labelWidth, doc.y, style);
    valueLines.forEach((line, i) => doc.drawLine(line, valueX, doc.y + i * lh, style));
    doc.y += rows * lh;
  }
}
