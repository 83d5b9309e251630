import type { FontStyle } from './fonts';
import { mm } from './paper';
import type { Align, PrintedDocument } from './printedDocument';

export interface TableColumn {
  header: string;
  /** Relative width: the weights are scaled to the table's width. */
  weight: number;
  align?: Exclude<Align, 'justify'>;
}

export type TableCell = string | { text: string; italic?: boolean; bold?: boolean; align?: Exclude<Align, 'justify'> };

/** A data row, or a group heading spanning the whole width ("Pemerintah Daerah"). */
export type TableRow = { cells: TableCell[]; shade?: boolean } | { group: string };

export interface TableOptions {
  style?: FontStyle;
  headerStyle?: FontStyle;
  /** Left edge and width; the content box by default. */
  x?: number;
  width?: number;
  /** Lowest height of a data row (e.g. room to sign on an attendance list). */
  minRowHeight?: number;
  /** Where data sits in a taller row: at the top (as in print) or in the middle. */
  verticalAlign?: 'top' | 'middle';
}

const GRID = 0.6;
const HEADER_FILL = '#e6e6e6';
const GROUP_FILL = '#f2f2f2';
const SHADE_FILL = '#eeeeee';

interface Cell {
  lines: string[];
  style: FontStyle;
  align: Exclude<Align, 'justify'>;
}

/**
 * A ruled table whose header row repeats on every page. Cells wrap (long words too); a row
 * moves whole to the next page when it does not fit, and is split between lines only when it
 * is taller than a page. A group heading never stays alone at the foot of a page.
 */
export function drawTable(doc: PrintedDocument, columns: TableColumn[], rows: TableRow[], opts: TableOptions = {}): void {
  const style = opts.style ?? { font: 'sans', size: 9 };
  const headerStyle = opts.headerStyle ?? doc.emphasised(style, { bold: true });
  const x0 = opts.x ?? doc.left;
  const totalWidth = opts.width ?? doc.right - x0;
  const totalWeight = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (c.weight / totalWeight) * totalWidth);
  const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const pad = mm(1.2);
  const lh = doc.lineHeight(style);

  const layout = (texts: TableCell[], base: FontStyle, aligns: Array<Exclude<Align, 'justify'>>): Cell[] =>
    texts.map((cell, i) => {
      const text = typeof cell === 'string' ? cell : cell.text;
      const cellStyle = typeof cell === 'string' ? base : doc.emphasised(base, cell);
      const align = (typeof cell === 'string' ? undefined : cell.align) ?? aligns[i] ?? 'left';
      return { lines: doc.lines(text, widths[i] - 2 * pad, cellStyle), style: cellStyle, align };
    });
  const heightOf = (cells: Cell[]) => Math.max(1, ...cells.map((c) => c.lines.length)) * lh + 2 * pad;

  const header = layout(columns.map((c) => c.header), headerStyle, columns.map(() => 'center'));
  const headerHeight = heightOf(header);

  const drawCells = (cells: Cell[], y: number, height: number, fill?: string, from = 0, count = Infinity, middle = false) => {
    if (fill) doc.pdf.save().rect(x0, y, totalWidth, height).fill(fill).restore();
    cells.forEach((cell, i) => {
      const lines = cell.lines.slice(from, from + count);
      // Header labels sit in the middle of their cell; data starts at the top, as in print.
      const top = y + pad + (middle ? (height - 2 * pad - lines.length * lh) / 2 : 0);
      lines.forEach((line, j) => doc.drawAligned(line, xs[i] + pad, widths[i] - 2 * pad, top + j * lh, cell.style, cell.align));
      doc.pdf.save().lineWidth(GRID).rect(xs[i], y, widths[i], height).stroke().restore();
    });
  };

  const drawHeader = () => {
    drawCells(header, doc.y, headerHeight, HEADER_FILL, 0, Infinity, true);
    doc.y += headerHeight;
  };

  const drawRow = (cells: Cell[], fill?: string) => {
    const rowLines = Math.max(1, ...cells.map((c) => c.lines.length));
    const height = Math.max(heightOf(cells), opts.minRowHeight ?? 0);
    const pageRoom = doc.bottom - doc.top - headerHeight;
    if (height > doc.remaining && height <= pageRoom) doc.newPage();
    // Taller than a page: fill each page line by line (the only case a row is split).
    for (let from = 0; from < rowLines; ) {
      let fit = Math.floor((doc.remaining - 2 * pad) / lh);
      if (fit < 1) {
        doc.newPage();
        fit = Math.max(1, Math.floor((doc.remaining - 2 * pad) / lh));
      }
      const count = Math.min(fit, rowLines - from);
      const partHeight = from === 0 && count === rowLines ? height : count * lh + 2 * pad;
      drawCells(cells, doc.y, partHeight, fill, from, count, opts.verticalAlign === 'middle');
      doc.y += partHeight;
      from += count;
    }
  };

  const aligns = columns.map((c) => c.align ?? 'left');
  doc.ensureSpace(headerHeight + lh + 2 * pad);
  drawHeader();
  const stopRepeating = doc.onNewPage(drawHeader);
  try {
    rows.forEach((row, index) => {
      if ('group' in row) {
        const lines = doc.lines(row.group, totalWidth - 2 * pad, headerStyle);
        const groupHeight = lines.length * lh + 2 * pad;
        const next = rows[index + 1];
        const nextHeight = next && !('group' in next) ? heightOf(layout(next.cells, style, aligns)) : 0;
        if (groupHeight + Math.min(nextHeight, doc.bottom - doc.top - headerHeight - groupHeight) > doc.remaining) doc.newPage();
        doc.pdf.save().rect(x0, doc.y, totalWidth, groupHeight).fill(GROUP_FILL).restore();
        lines.forEach((line, j) => doc.drawLine(line, x0 + pad, doc.y + pad + j * lh, headerStyle));
        doc.pdf.save().lineWidth(GRID).rect(x0, doc.y, totalWidth, groupHeight).stroke().restore();
        doc.y += groupHeight;
        return;
      }
      drawRow(layout(row.cells, style, aligns), row.shade ? SHADE_FILL : undefined);
    });
  } finally {
    stopRepeating();
  }
}
