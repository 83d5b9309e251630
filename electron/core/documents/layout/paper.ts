import type { PaperSize } from '../../../../shared/dto';

/** PostScript points per millimetre: PDF measures everything in 1/72 inch. */
export const PT_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * PT_PER_MM;

export type Orientation = 'portrait' | 'landscape';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PageGeometry {
  paper: PaperSize;
  orientation: Orientation;
  width: number;
  height: number;
  margins: Margins;
}

/** Sheet sizes in millimetres, portrait: A4 is the standard, many regions print on F4/Folio. */
const SHEETS: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
};

/**
 * Margins after the tata naskah dinas habit: about 2 cm all round, the bound edge a little
 * wider (left in portrait; in landscape the sheet is bound along its top, long edge).
 * The bottom margin also holds the "Halaman X dari Y" line.
 */
const MARGINS_MM: Record<Orientation, Margins> = {
  portrait: { top: 20, right: 20, bottom: 20, left: 25 },
  landscape: { top: 22, right: 18, bottom: 18, left: 18 },
};

export function pageGeometry(paper: PaperSize, orientation: Orientation = 'portrait'): PageGeometry {
  const sheet = SHEETS[paper];
  const [w, h] = orientation === 'portrait' ? [sheet.width, sheet.height] : [sheet.height, sheet.width];
  const m = MARGINS_MM[orientation];
  return {
    paper,
    orientation,
    width: mm(w),
    height: mm(h),
    margins: { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) },
  };
}
