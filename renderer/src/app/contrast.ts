import { darken, luminance, type CSSVariablesResolver, type MantineTheme } from '@mantine/core';

/**
 * Text colours that stay readable (WCAG 2.1 AA, 4.5:1 for normal text) whatever colour a
 * screen picks. Mantine's default palette puts white text on green.7 (2.8:1), green.9 text on
 * green.1 (3.8:1), red.6 for errors (3.3:1) and blue.7 for links (4.2:1). Instead of fixing each
 * badge, this darkens every theme colour, where needed, in the CSS variables Mantine's
 * variants read (filled, light, outline, subtle, text, anchor, error), keeping its hue.
 * The axe scan in tests/e2e/accessibility.e2e.test.ts checks the result on every screen.
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour, darkened step by step until it reaches `min` against `background`. */
export function readableOn(color: string, background: string, min: number): string {
  let c = color;
  for (let i = 0; i < 20 && contrastRatio(c, background) < min; i++) c = darken(c, 0.06);
  return c;
}

const WHITE = '#ffffff';
// A little above 4.5: text also sits on hovered rows and tinted panels.
const TEXT_MIN = 5;
const FILL_MIN = 4.6;

/** Light-scheme variables for every colour of the theme, plus links, errors and dimmed text. */
export function readableColorVariables(theme: MantineTheme): Record<string, string> {
  const shade = typeof theme.primaryShade === 'number' ? theme.primaryShade : theme.primaryShade.light;
  const vars: Record<string, string> = {};
  for (const [name, palette] of Object.entries(theme.colors)) {
    if (name === 'dark' || name === 'gray' || !palette) continue;
    const filled = readableOn(palette[shade]!, WHITE, FILL_MIN);
    const text = readableOn(palette[shade]!, WHITE, TEXT_MIN);
    vars[`--mantine-color-${name}-filled`] = filled;
    vars[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
    vars[`--mantine-color-${name}-light-color`] = readableOn(palette[9]!, palette[2]!, FILL_MIN);
    vars[`--mantine-color-${name}-outline`] = text;
    vars[`--mantine-color-${name}-text`] = text;
  }
  vars['--mantine-color-error'] = readableOn(theme.colors.red![7]!, WHITE, TEXT_MIN);
  vars['--mantine-color-anchor'] = readableOn(theme.colors[theme.primaryColor]![shade]!, theme.colors.red![1]!, FILL_MIN);
  // Secondary text: Mantine's gray.6 is 3.3:1 on white.
  vars['--mantine-color-dimmed'] = readableOn(theme.colors.gray![6]!, theme.colors.gray![1]!, FILL_MIN);
  return vars;
}

export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: readableColorVariables(theme),
  dark: {},
});
