import type { FontStyle } from './fonts';
import { mm } from './paper';
import type { PrintedDocument } from './printedDocument';

/** What the kop says, already in its printed form (capitals where the kop wants them). */
export interface Letterhead {
  institution: string;
  /** "PERWAKILAN PROVINSI KEPULAUAN BANGKA BELITUNG"; may be empty. */
  officeLine: string;
  address: string;
  /** "Telepon ... · Email ... · Laman ..." */
  contacts: string;
  /** PNG or JPEG bytes. */
  logo: Buffer;
  /** Used when `logo` cannot be decoded (a damaged upload must not stop a document). */
  fallbackLogo: Buffer;
}

const INSTITUTION_STYLE: FontStyle = { font: 'serifBold', size: 15 };
const OFFICE_STYLE: FontStyle = { font: 'serifBold', size: 13.5 };
const CONTACT_STYLE: FontStyle = { font: 'serif', size: 10 };
const LOGO_SIZE = mm(24);
const GAP = mm(4);

/**
 * The kop surat, first page only: logo on the left, the institution and the office in
 * capitals centred beside it, then address and contacts, closed by a double rule (thick
 * over thin) across the text width. Leaves the cursor below the rule.
 */
export function drawLetterhead(doc: PrintedDocument, kop: Letterhead): void {
  const top = doc.y;
  // The text is centred in the room right of the logo: long office names keep to one line.
  const textX = doc.left + LOGO_SIZE + GAP;
  const textWidth = doc.right - textX;
  const blocks = [
    fitted(doc, kop.institution, textWidth, INSTITUTION_STYLE, 13),
    fitted(doc, kop.officeLine, textWidth, OFFICE_STYLE, 11.5),
    fitted(doc, kop.address.replace(/\s*\n+\s*/g, ', '), textWidth, CONTACT_STYLE, 8.5),
    fitted(doc, kop.contacts, textWidth, CONTACT_STYLE, 8.5),
  ];
  const textHeight = blocks.reduce((h, b) => h + b.lines.length * doc.lineHeight(b.style), 0);
  const height = Math.max(LOGO_SIZE, textHeight);

  drawLogo(doc, kop, doc.left, top + (height - LOGO_SIZE) / 2);
  let y = top + (height - textHeight) / 2;
  for (const block of blocks) {
    const lh = doc.lineHeight(block.style);
    for (const line of block.lines) {
      doc.drawAligned(line, textX, textWidth, y, block.style, 'center');
      y += lh;
    }
  }

  const ruleY = top + height + mm(2.5);
  doc.hLine(doc.left, doc.right, ruleY, 2.2);
  doc.hLine(doc.left, doc.right, ruleY + 3, 0.7);
  doc.y = ruleY + 3 + mm(6);
}

/**
 * A kop line keeps to one line when it can: the size steps down to `minSize` before the
 * text wraps (a long office name or a full contact line still reads as one line).
 */
function fitted(doc: PrintedDocument, text: string, width: number, style: FontStyle, minSize: number): { lines: string[]; style: FontStyle } {
  if (!text.trim()) return { lines: [], style };
  for (let size = style.size; size >= minSize; size -= 0.5) {
    const candidate = { ...style, size };
    if (doc.measure(text.trim(), candidate) <= width) return { lines: [text.trim()], style: candidate };
  }
  const smallest = { ...style, size: minSize };
  return { lines: doc.lines(text, width, smallest), style: smallest };
}

/**
 * Images opened once per PDF: pdfkit embeds a Buffer anew on every call, so a batch of 200
 * sheets would carry 200 copies of the logo; an opened image is embedded once and reused.
 */
const opened = new WeakMap<PDFKit.PDFDocument, Map<Buffer, unknown>>();

function openedImage(pdf: PDFKit.PDFDocument, bytes: Buffer): unknown {
  let images = opened.get(pdf);
  if (!images) opened.set(pdf, (images = new Map()));
  let image = images.get(bytes);
  if (!image) {
    image = (pdf as unknown as { openImage(src: Buffer): unknown }).openImage(bytes);
    images.set(bytes, image);
  }
  return image;
}

function drawLogo(doc: PrintedDocument, kop: Letterhead, x: number, y: number): void {
  const place = (bytes: Buffer) => doc.pdf.image(openedImage(doc.pdf, bytes) as Buffer, x, y, { fit: [LOGO_SIZE, LOGO_SIZE], align: 'center', valign: 'center' });
  try {
    place(kop.logo);
  } catch {
    place(kop.fallbackLogo);
  }
}
