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
  style?: FontStyle;
  /** Space above the section (skipped at the top of a page). */
  spaceBefore?: number;
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

export interface SignatureRow {
  blocks: SignatureBlock[];
  /** Where a single block sits (right by default); two or three always share the width. */
  placement?: 'right' | 'center';
}

/**
 * Signature rows kept on one page together (e.g. the two parties, then "Mengetahui" below):
 * moved whole to the next page rather than split, since a signature apart from its jabatan
 * or from the other party's is no good.
 */
export function drawSignatureSection(doc: PrintedDocument, rows: SignatureRow[], opts: SignatureRowOptions = {}): void {
  const laid = rows.map((row) => layoutRow(doc, row, opts));
  doc.ensureSpace(sectionHeight(laid, opts));
  if (doc.y > doc.top) doc.moveDown(opts.spaceBefore ?? mm(6));
  laid.forEach((row, i) => {
    if (i > 0) doc.moveDown(ROW_GAP);
    row.draw(doc.y);
    doc.y += row.height;
  });
}

/** The height drawSignatureSection will take (e.g. to keep a closing paragraph with it). */
export function signatureSectionHeight(doc: PrintedDocument, rows: SignatureRow[], opts: SignatureRowOptions = {}): number {
  return sectionHeight(rows.map((row) => layoutRow(doc, row, opts)), opts);
}

const ROW_GAP = mm(4);
const sectionHeight = (laid: Array<{ height: number }>, opts: SignatureRowOptions) =>
  (opts.spaceBefore ?? mm(6)) + laid.reduce((h, r) => h + r.height, 0) + ROW_GAP * (laid.length - 1);

/** One row of one to three blocks; see drawSignatureSection. */
export function drawSignatureRow(doc: PrintedDocument, blocks: SignatureBlock[], opts: SignatureRowOptions & { placement?: 'right' | 'center' } = {}): void {
  drawSignatureSection(doc, [{ blocks, placement: opts.placement }], opts);
}

/**
 * Each block is centred in its column; captions start at the same height and names sit on
 * the same line whatever wraps above them.
 */
function layoutRow(doc: PrintedDocument, row: SignatureRow, opts: SignatureRowOptions): { height: number; draw(y: number): void } {
  const { blocks } = row;
  if (blocks.length < 1 || blocks.length > 3) throw new RangeError('A signature row holds 1 to 3 blocks');
  const style = opts.style ?? BODY;
  const bold = doc.emphasised(style, { bold: true });
  const lh = doc.lineHeight(style);
  const nameLh = doc.lineHeight(bold);
  const signSpace = opts.signSpace ?? mm(22);
  const pad = mm(2);

  const columns: Column[] = blocks.map((block, i) => {
    const { x, width } = columnBox(doc, blocks.length, i, row.placement ?? 'right');
    const inner = width - 2 * pad;
    const top = [...(block.caption ? doc.lines(block.caption, inner, style) : []), ...doc.lines(block.position, inner, style)];
    return {
      x: x + pad,
      width: inner,
      date: block.dateLine ? dateLines(doc, block.dateLine, inner, style, blocks.filter((b) => b.dateLine).length === 1) : [],
      top,
      name: doc.lines(block.name, inner, bold),
      nip: block.nip?.trim() ? `NIP. ${formatNip(block.nip)}` : '',
    };
  });
  const dateRows = Math.max(...columns.map((c) => c.date.length));
  const topRows = Math.max(...columns.map((c) => c.top.length));
  const nameRows = Math.max(...columns.map((c) => c.name.length));
  const nipRows = columns.some((c) => c.nip) ? 1 : 0;
  const height = (dateRows + topRows + nipRows) * lh + signSpace + nameRows * nameLh;

  const draw = (y0: number) => {
    const captionY = y0 + dateRows * lh;
    const nameY = captionY + topRows * lh + signSpace;
    for (const c of columns) {
      c.date.forEach((line, i) => drawDateLine(doc, line, c, y0 + i * lh, style));
      c.top.forEach((line, i) => doc.drawAligned(line, c.x, c.width, captionY + i * lh, style, 'center'));
      c.name.forEach((line, i) => doc.drawAligned(line, c.x, c.width, nameY + i * nameLh, bold, 'center', { underline: true }));
      if (c.nip) doc.drawAligned(c.nip, c.x, c.width, nameY + c.name.length * nameLh, style, 'center');
    }
  };
  return { height, draw };
}

/**
 * A date line reads best unbroken. When it is the row's only one it may reach past its narrow
 * column (there is nothing beside it at that height), so it wraps only if the page is too narrow.
 */
function dateLines(doc: PrintedDocument, text: string, inner: number, style: FontStyle, alone: boolean): string[] {
  const lines = doc.lines(text, inner, style);
  return lines.length > 1 && alone && doc.measure(text, style) <= doc.width ? [text] : lines;
}

/** Centred on its column, shifted back inside the margins if it is wider than the column. */
function drawDateLine(doc: PrintedDocument, line: string, c: { x: number; width: number }, y: number, style: FontStyle): void {
  const w = doc.measure(line, style);
  const x = Math.min(Math.max(c.x + (c.width - w) / 2, doc.left), doc.right - w);
  doc.drawLine(line, x, y, style);
}

function columnBox(doc: PrintedDocument, count: number, index: number, placement: 'right' | 'center'): { x: number; width: number } {
  if (count === 1) {
    // A block on the right keeps to the right half, as in letters; a centred one ("Mengetahui")
    // may take more room so a long jabatan wraps less.
    const width = doc.width * (placement === 'center' ? 0.7 : 0.5);
    return { x: placement === 'center' ? doc.left + (doc.width - width) / 2 : doc.right - width, width };
  }
  const width = doc.width / count;
  return { x: doc.left + index * width, width };
}
