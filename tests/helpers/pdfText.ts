import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  str: string;
  /** Left edge and top edge in points, measured from the page's top-left corner. */
  x: number;
  top: number;
  width: number;
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
  /** The page's text, items joined by spaces (line breaks as newlines). */
  text: string;
}

/** Reads a PDF back the way a viewer would (pdf.js): page sizes and positioned text. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const height = y1 - y0;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , , e, f] = item.transform as number[];
        if (item.str) items.push({ str: item.str, x: e - x0, top: height - (f - y0) - item.height, width: item.width, height: item.height });
        text += item.str + (item.hasEOL ? '\n' : ' ');
      }
      pages.push({ width: x1 - x0, height, items, text });
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** Collapses whitespace so phrases can be searched across pdf.js's item boundaries. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');
