import { formatNip } from '../../../../shared/letterhead';
import type { FontStyle } from './fonts';
import { mm } from './paper';
import { BODY, type PrintedDocument } from './printedDocument';

/** One signatory: "Pangkalpinang, 22 November 2025" / "Yang Menyerahkan," / jabatan / name / NIP. */
export interface SignatureBlock {
  /** Place and date; usually only on the right-hand block. */
  dateLine?: string;
  /** "Yang Menyerahkan,", "Mengetahui,", ... */
  caption?: string;
  /** Jabatan; may wrap over several lines. */
  position: string;
  name: string;
  /** Printed as "NIP. ..." only when present. */
  nip?: string;
}

export interface SignatureRowOptions {
  /** Where a single block sits; two or three blocks always share the width. */
  placement?: 'right' | 'center';
  style?: FontStyle;
  /** Room to sign and stamp. */
  signSpace?: number;
}

interface Column {
  x: number;
  width: number;
  date: string[];
  top: string[];
  name: string[];
  nip: string;
}

/**
 * One to three signature blocks side by side, each centred in its column. Captions start at
 * the same height and names sit on the same line whatever wraps above them; the whole row
 * moves to the next page rather than split (a signature apart from its jabatan is no good).
 */
export function drawSignatureRow(doc: PrintedDocument, blocks: SignatureBlock[], opts: SignatureRowOptions = {}): void {
  if (blocks.length < 1 || blocks.length > 3) throw new RangeError('A signature row holds 1 to 3 blocks');
  const style = opts.style ?? BODY;
  const bold = doc.emphasised(style, { bold: true });
  const lh = doc.lineHeight(style);
  const signSpace = opts.signSpace ?? mm(22);
  const pad = mm(2);

  const columns: Column[] = blocks.map((block, i) => {
    const { x, width } = columnBox(doc, blocks.length, i, opts.placement ?? 'right');
    const inner = width - 2 * pad;
    const top = [...(block.caption ? doc.lines(block.caption, inner, style) : []), ...doc.lines(block.position, inner, style)];
    return {
      x: x + pad,
      width: inner,
      date: block.dateLine ? doc.lines(block.dateLine, inner, style) : [],
      top,
      name: doc.lines(block.name, inner, bold),
      nip: block.nip?.trim() ? `NIP. ${formatNip(block.nip)}` : '',
    };
  });
  const dateRows = Math.max(...columns.map((c) => c.date.length));
  const topRows = Math.max(...columns.map((c) => c.top.length));
  const nameRows = Math.max(...columns.map((c) => c.name.length));
  const nipRows = columns.some((c) => c.nip) ? 1 : 0;
  const height = (dateRows + topRows) * lh + signSpace + (nameRows + nipRows) * doc.lineHeight(bold);
  doc.ensureSpace(height);

  const y0 = doc.y;
  const captionY = y0 + dateRows * lh;
  const nameY = captionY + topRows * lh + signSpace;
  for (const c of columns) {
    c.date.forEach((line, i) => doc.drawAligned(line, c.x, c.width, y0 + i * lh, style, 'center'));
    c.top.forEach((line, i) => doc.drawAligned(line, c.x, c.width, captionY + i * lh, style, 'center'));
    c.name.forEach((line, i) => doc.drawAligned(line, c.x, c.width, nameY + i * lh, bold, 'center', { underline: true }));
    if (c.nip) doc.drawAligned(c.nip, c.x, c.width, nameY + c.name.length * lh, style, 'center');
  }
  doc.y = y0 + height;
}

function columnBox(doc: PrintedDocument, count: number, index: number, placement: 'right' | 'center'): { x: number; width: number } {
  if (count === 1) {
    const width = doc.width * 0.5;
    return { x: placement === 'center' ? doc.left + (doc.width - width) / 2 : doc.right - width, width };
  }
  const width = doc.width / count;
  return { x: doc.left + index * width, width };
}
