import PDFDocument from 'pdfkit';
import type { PaperSize } from '../../../../shared/dto';
import { emphasis, loadFonts, type FontStyle } from './fonts';
import { stampPageNumbers } from './pageNumbers';
import { pageGeometry, type Orientation, type PageGeometry } from './paper';
import { wrapText } from './textLines';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface PrintedDocumentOptions {
  paper: PaperSize;
  orientation?: Orientation;
  resourcesDir: string;
  /** PDF metadata: shown in the viewer's title bar and file properties. */
  title: string;
  author: string;
  createdAt: Date;
  /**
   * Room kept free above the bottom margin on every page for page furniture drawn at the end
   * (the code and QR code of a commitment sheet), so content never runs into it.
   */
  reserveBottom?: number;
}

export interface LineOptions {
  underline?: boolean;
  /** Extra space between words, for justified lines. */
  wordSpacing?: number;
}

export interface ParagraphOptions {
  style?: FontStyle;
  align?: Align;
  /** Left edge and width of the text box; the content area by default. */
  x?: number;
  width?: number;
  /** Indent of the first line (Indonesian letters indent paragraphs). */
  firstLineIndent?: number;
  spaceAfter?: number;
  underline?: boolean;
}

export const BODY: FontStyle = { font: 'serif', size: 12 };

/**
 * One document being laid out: pdfkit underneath, plus a cursor (y) and the content box of
 * the page. All text goes through wrapText and is drawn line by line at computed positions,
 * so pdfkit never breaks pages on its own: pages change only in ensureSpace/newPage, where
 * callers (tables repeating their header) are told about it.
 */
export class PrintedDocument {
  readonly pdf: PDFKit.PDFDocument;
  readonly geometry: PageGeometry;
  y: number;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<Buffer>;
  private pageListeners: Array<() => void> = [];

  constructor(readonly options: PrintedDocumentOptions) {
    this.geometry = pageGeometry(options.paper, options.orientation);
    this.pdf = new PDFDocument({
      size: [this.geometry.width, this.geometry.height],
      margins: this.geometry.margins,
      bufferPages: true,
      lang: 'id-ID',
      displayTitle: true,
      info: { Title: options.title, Author: options.author, Creator: 'Simpul', Producer: 'Simpul', CreationDate: options.createdAt },
    });
    for (const [name, data] of Object.entries(loadFonts(options.resourcesDir))) this.pdf.registerFont(name, data);
    this.ended = new Promise((resolve, reject) => {
      this.pdf.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.pdf.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.pdf.on('error', reject);
    });
    this.y = this.top;
    this.use(BODY);
  }

  get left(): number {
    return this.geometry.margins.left;
  }
  get right(): number {
    return this.geometry.width - this.geometry.margins.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return this.geometry.margins.top;
  }
  /** The lowest y content may reach. */
  get bottom(): number {
    return this.geometry.height - this.geometry.margins.bottom - (this.options.reserveBottom ?? 0);
  }
  get remaining(): number {
    return this.bottom - this.y;
  }
  get pageCount(): number {
    return this.pdf.bufferedPageRange().count;
  }

  use(style: FontStyle): this {
    this.pdf.font(style.font).fontSize(style.size);
    return this;
  }

  lineHeight(style: FontStyle): number {
    return this.use(style).pdf.currentLineHeight(true);
  }

  measure(text: string, style: FontStyle): number {
    return this.use(style).pdf.widthOfString(text);
  }

  lines(text: string, width: number, style: FontStyle): string[] {
    this.use(style);
    return wrapText(text, width, (s) => this.pdf.widthOfString(s));
  }

  /** Called after every page break this document makes (e.g. to repeat a table header). */
  onNewPage(listener: () => void): () => void {
    this.pageListeners.push(listener);
    return () => {
      this.pageListeners = this.pageListeners.filter((l) => l !== listener);
    };
  }

  newPage(): void {
    this.pdf.addPage({ size: [this.geometry.width, this.geometry.height], margins: this.geometry.margins });
    this.y = this.top;
    for (const listener of [...this.pageListeners]) listener();
  }

  /** Starts a new page unless `height` still fits; true when it did. */
  ensureSpace(height: number): boolean {
    if (height <= this.remaining || this.y <= this.top) return false;
    this.newPage();
    return true;
  }

  moveDown(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  /** Draws one already-fitted line with its top at (x, y). Never wraps, never adds a page. */
  drawLine(text: string, x: number, y: number, style: FontStyle, opts: LineOptions = {}): void {
    if (!text) return;
    this.use(style).pdf.text(text, x, y, { lineBreak: false, underline: opts.underline, wordSpacing: opts.wordSpacing });
  }

  /** Draws a fitted line aligned in a box [x, x + width]. */
  drawAligned(text: string, x: number, width: number, y: number, style: FontStyle, align: Align, opts: LineOptions = {}): void {
    const w = this.measure(text, style);
    const dx = align === 'center' ? (width - w) / 2 : align === 'right' ? width - w : 0;
    this.drawLine(text, x + Math.max(dx, 0), y, style, opts);
  }

  /**
   * Body text: wrapped, aligned, breaking to a new page between lines when needed. Each
   * newline starts a paragraph (with the first-line indent); the last line of a justified
   * paragraph stays ragged, as in print.
   */
  paragraph(text: string, opts: ParagraphOptions = {}): void {
    const style = opts.style ?? BODY;
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.right - x;
    const indent = opts.firstLineIndent ?? 0;
    const lh = this.lineHeight(style);
    for (const part of text.split('\n')) {
      this.use(style);
      const lines = wrapText(part, width, (s) => this.pdf.widthOfString(s), width - indent);
      lines.forEach((line, i) => {
        this.ensureSpace(lh);
        const lineX = i === 0 ? x + indent : x;
        const lineWidth = i === 0 ? width - indent : width;
        if (opts.align === 'justify' && i < lines.length - 1) this.drawJustified(line, lineX, lineWidth, style);
        else this.drawAligned(line, lineX, lineWidth, this.y, style, opts.align === 'justify' ? 'left' : (opts.align ?? 'left'), { underline: opts.underline });
        this.y += lh;
      });
    }
    this.moveDown(opts.spaceAfter ?? 0);
  }

  /** The height paragraph() would take, to keep it on one page with what follows. */
  paragraphHeight(text: string, opts: ParagraphOptions = {}): number {
    const style = opts.style ?? BODY;
    const width = opts.width ?? this.right - (opts.x ?? this.left);
    const indent = opts.firstLineIndent ?? 0;
    this.use(style);
    const lines = text.split('\n').reduce((n, part) => n + wrapText(part, width, (s) => this.pdf.widthOfString(s), width - indent).length, 0);
    return lines * this.lineHeight(style) + (opts.spaceAfter ?? 0);
  }

  /** A bold, centred title such as "BERITA ACARA ...". */
  heading(text: string, opts: { size?: number; underline?: boolean; spaceAfter?: number } = {}): void {
    this.paragraph(text, {
      style: { font: 'serifBold', size: opts.size ?? 13 },
      align: 'center',
      underline: opts.underline,
      spaceAfter: opts.spaceAfter ?? 4,
    });
  }

  emphasised(style: FontStyle, how: { bold?: boolean; italic?: boolean }): FontStyle {
    return { font: emphasis(style.font, how), size: style.size };
  }

  hLine(x1: number, x2: number, y: number, lineWidth: number): void {
    this.pdf.save().lineWidth(lineWidth).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  /**
   * Finishes the file: the page furniture, then the bytes. By default "Halaman X dari Y" when
   * there is more than one page; a document made of several sheets (a batch of commitment
   * sheets) passes its own, which numbers each sheet's pages apart.
   */
  async finish(furnish?: (doc: PrintedDocument) => void): Promise<{ bytes: Buffer; pages: number }> {
    const pages = this.pageCount;
    if (furnish) furnish(this);
    else if (pages > 1) stampPageNumbers(this);
    this.pdf.end();
    return { bytes: await this.ended, pages };
  }

  private drawJustified(line: string, x: number, width: number, style: FontStyle): void {
    const gaps = line.split(' ').length - 1;
    const spare = width - this.measure(line, style);
    // Stretching a nearly empty line looks worse than leaving it ragged.
    const wordSpacing = gaps > 0 && spare < width * 0.25 ? spare / gaps : 0;
    this.drawLine(line, x, this.y, style, { wordSpacing });
  }
}
