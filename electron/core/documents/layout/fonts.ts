import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The faces documents use, by role. Liberation Serif has the metrics of Times New Roman (the
 * usual face of official letters); Liberation Sans those of Arial, for dense tables. All are
 * TrueType files shipped in resources/fonts with their licence (pdfkit cannot read WOFF2).
 */
export const FONT_FILES = {
  serif: 'LiberationSerif-Regular.ttf',
  serifBold: 'LiberationSerif-Bold.ttf',
  serifItalic: 'LiberationSerif-Italic.ttf',
  serifBoldItalic: 'LiberationSerif-BoldItalic.ttf',
  sans: 'LiberationSans-Regular.ttf',
  sansBold: 'LiberationSans-Bold.ttf',
  sansItalic: 'LiberationSans-Italic.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

export interface FontStyle {
  font: FontName;
  size: number;
}

const cache = new Map<string, Record<FontName, Buffer>>();

/** Reads the font files once per folder (about 2 MB); pdfkit embeds only the glyphs used. */
export function loadFonts(resourcesDir: string): Record<FontName, Buffer> {
  const dir = join(resourcesDir, 'fonts');
  let fonts = cache.get(dir);
  if (!fonts) {
    fonts = Object.fromEntries(
      Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(join(dir, file))]),
    ) as Record<FontName, Buffer>;
    cache.set(dir, fonts);
  }
  return fonts;
}

/** The bold (or italic) face of the same family. */
export function emphasis(font: FontName, style: { bold?: boolean; italic?: boolean }): FontName {
  const family = font.startsWith('sans') ? 'sans' : 'serif';
  if (family === 'sans') return style.bold ? 'sansBold' : style.italic ? 'sansItalic' : 'sans';
  if (style.bold && style.italic) return 'serifBoldItalic';
  if (style.bold) return 'serifBold';
  if (style.italic) return 'serifItalic';
  return 'serif';
}
