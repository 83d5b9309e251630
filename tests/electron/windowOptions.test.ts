import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../electron/main/windowOptions';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['webviewTag', false],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['spellcheck', false],
  ] as const)('sets %s to %s explicitly', (flag, value) => {
    expect(prefs[flag]).toBe(value);
  });

  it('uses the given preload script', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('stays hidden until ready-to-show, titled Simpul, with a background colour', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Simpul');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('keeps a minimum size that fits the data tables', () => {
    expect(options.minWidth).toBeGreaterThanOrEqual(1100);
    expect(options.minHeight).toBeGreaterThanOrEqual(700);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
  });
});
