import type { PaperSize } from '../../../../shared/dto';
import type { SheetContent } from '../../actionPlans/sheetContent';
import type { FontStyle } from '../layout/fonts';
import { drawLetterhead } from '../layout/letterhead';
import { drawPageLabel, pageLabel } from '../layout/pageNumbers';
import { mm } from '../layout/paper';
import { BODY, PrintedDocument } from '../layout/printedDocument';
import { drawQrCode } from '../layout/qrCode';
import { drawSignatureSection, signatureSectionHeight, type SignatureRow } from '../layout/signatures';
import type { Letterhead } from '../layout/letterhead';

/** Room above the bottom margin for the sheet's code and QR code. */
const FOOTER_ZONE = mm(13);
const QR_SIZE = mm(17);
const CODE_STYLE: FontStyle = { font: 'sansBold', size: 9.5 };
const HINT_STYLE: FontStyle = { font: 'sans', size: 7.5 };
const INDENT = mm(12.5);
const NUMBER_WIDTH = mm(8);

interface SheetPages {
  start: number;
  pages: number;
  code: string;
}

export interface SheetBookOptions {
  paper: PaperSize;
  letterhead: Letterhead;
  officeName: string;
  resourcesDir: string;
  createdAt: Date;
  title: string;
}

/**
 * One PDF of commitment sheets, one after another (a single sheet or a whole ceremony's
 * batch). Each sheet starts on a new page with the kop; every page of a sheet carries its
 * code and QR code at the foot, and "Halaman X dari Y" counts the pages of that sheet only
 * (and only when it is longer than a page).
 */
export class CommitmentSheetBook {
  private readonly doc: PrintedDocument;
  private readonly sheets: SheetPages[] = [];

  constructor(private readonly options: SheetBookOptions) {
    this.doc = new PrintedDocument({
      paper: options.paper,
      resourcesDir: options.resourcesDir,
      title: options.title,
      author: options.officeName,
      createdAt: options.createdAt,
      reserveBottom: FOOTER_ZONE,
    });
  }

  get sheetCount(): number {
    return this.sheets.length;
  }

  add(content: SheetContent, code: string): void {
    const doc = this.doc;
    if (this.sheets.length > 0) doc.newPage();
    const start = doc.pageCount - 1;
    drawLetterhead(doc, this.options.letterhead);
    doc.heading(content.sheetTitle, { size: 14, underline: true, spaceAfter: mm(1) });
    doc.heading(content.planTitle.toLocaleUpperCase('id-ID'), { size: 12, spaceAfter: mm(6) });
    doc.paragraph(content.opening, { align: 'justify', firstLineIndent: INDENT, spaceAfter: mm(3) });
    this.points(content.points);
    const closing = { align: 'justify' as const, firstLineIndent: INDENT };
    const rows: SignatureRow[] = [{ blocks: [content.officeSigner, { ...content.agencySigner, dateLine: content.dateLine }] }];
    if (content.witness) rows.push({ blocks: [content.witness], placement: 'center' });
    // The closing words stay with the signatures: a page of signatures alone proves nothing.
    const closingHeight = content.closing ? doc.paragraphHeight(content.closing, closing) : 0;
    doc.ensureSpace(closingHeight + signatureSectionHeight(doc, rows));
    if (content.closing) doc.paragraph(content.closing, closing);
    drawSignatureSection(doc, rows);
    this.sheets.push({ start, pages: doc.pageCount - start, code });
  }

  /** "1." hanging in front of its text; a point moves whole to the next page when it fits on one. */
  private points(points: string[]): void {
    const doc = this.doc;
    const x = doc.left + INDENT;
    const textX = x + NUMBER_WIDTH;
    const lh = doc.lineHeight(BODY);
    points.forEach((text, i) => {
      const height = doc.paragraphHeight(text, { x: textX });
      if (height <= doc.bottom - doc.top) doc.ensureSpace(height);
      else doc.ensureSpace(lh);
      doc.drawLine(`${i + 1}.`, x, doc.y, BODY);
      doc.paragraph(text, { x: textX, align: 'justify', spaceAfter: mm(2) });
    });
    doc.moveDown(mm(2));
  }

  async finish(): Promise<{ bytes: Buffer; pages: number }> {
    return this.doc.finish((doc) => {
      for (const sheet of this.sheets) {
        for (let p = 0; p < sheet.pages; p++) {
          doc.pdf.switchToPage(sheet.start + p);
          this.footer(sheet);
          if (sheet.pages > 1) drawPageLabel(doc, pageLabel(p + 1, sheet.pages));
        }
      }
    });
  }

  /** The code in words and as a QR code, bottom left, under a thin rule. */
  private footer(sheet: SheetPages): void {
    const doc = this.doc;
    const top = doc.bottom + mm(3);
    doc.hLine(doc.left, doc.right, top - mm(1.5), 0.4);
    drawQrCode(doc, sheet.code, doc.left - mm(1), top, QR_SIZE);
    const textX = doc.left + QR_SIZE + mm(1);
    const width = doc.width * 0.62;
    doc.drawLine(`Kode lembar: ${sheet.code}`, textX, top + mm(3), CODE_STYLE);
    const hint = 'Kode dan QR ini mencocokkan lembar yang sudah ditandatangani (atau pindaiannya) dengan datanya di Simpul.';
    doc.lines(hint, width, HINT_STYLE).forEach((line, i) => doc.drawLine(line, textX, top + mm(7.5) + i * doc.lineHeight(HINT_STYLE), HINT_STYLE));
  }
}
