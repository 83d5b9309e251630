/**
 * Greedy line breaking with our own measurements, so every line drawn is known to fit its
 * box: nothing runs past a margin, and a table row's height is exact before it is drawn.
 * A word wider than the box (a long e-mail address, a decree number) is broken, preferably
 * after a separator, else between letters.
 */
export type Measure = (text: string) => number;

/** Lines of `text`; explicit newlines start new lines. The first line may be narrower (indent). */
export function wrapText(text: string, width: number, measure: Measure, firstLineWidth = width): string[] {
  const lines: string[] = [];
  const limit = () => (lines.length === 0 ? firstLineWidth : width);
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/[ \t\u00a0]+/).filter(Boolean);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= limit()) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (measure(word) <= limit()) {
        line = word;
        continue;
      }
      const pieces = breakWord(word, limit(), measure);
      for (const piece of pieces.slice(0, -1)) lines.push(piece);
      line = pieces[pieces.length - 1] ?? '';
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Where an over-long word reads best when broken, most preferred first: before the "@" of an
 * e-mail address, after a slash of a decree number, then after other punctuation.
 */
const BREAKS: Array<{ char: string; before: boolean }> = [
  { char: '@', before: true },
  { char: '/', before: false },
  { char: '-', before: false },
  { char: '_', before: false },
  { char: '.', before: false },
  { char: ',', before: false },
];

/** Splits one over-long word into pieces that each fit (at least one character per piece). */
export function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest && measure(rest) > width) {
    const fit = longestFittingPrefix(rest, width, measure);
    pieces.push(rest.slice(0, preferredBreak(rest, fit)));
    rest = rest.slice(pieces[pieces.length - 1].length);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** The best cut within the first `fit` characters, if it keeps at least a third of the line. */
function preferredBreak(text: string, fit: number): number {
  const min = Math.ceil(fit / 3);
  for (const { char, before } of BREAKS) {
    const at = text.lastIndexOf(char, before ? fit : fit - 1);
    const cut = before ? at : at + 1;
    if (at >= 0 && cut >= min && cut <= fit) return cut;
  }
  return fit;
}

function longestFittingPrefix(text: string, width: number, measure: Measure): number {
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
