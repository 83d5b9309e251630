import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A restrained institutional blue leaning to teal; shade 7 is the primary.
const simpul: MantineColorsTuple = [
  '#e9f4f8',
  '#d6e8f0',
  '#a9cfe0',
  '#79b4cf',
  '#529dc1',
  '#3a8fb8',
  '#2a86b4',
  '#17729d',
  '#05658c',
  '#00577b',
];

const fontFamily =
  '"Segoe UI", "Noto Sans", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'simpul',
  primaryShade: 7,
  colors: { simpul },
  fontFamily,
  headings: { fontFamily, fontWeight: '650' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // Links are told apart from text by more than colour (WCAG 1.4.1; axe link-in-text-block).
    Anchor: { defaultProps: { underline: 'always' } },
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    Card: { defaultProps: { withBorder: true, radius: 'md' } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
    Drawer: { defaultProps: { position: 'right' } },
    // Unmount closed option lists: a hidden listbox shares its input's label, which makes
    // "find the field labelled X" ambiguous for assistive tech and for tests.
    Select: { defaultProps: { comboboxProps: { keepMounted: false } } },
    Autocomplete: { defaultProps: { comboboxProps: { keepMounted: false } } },
  },
});
