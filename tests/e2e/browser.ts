import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';

/** Debian's chromium, never a downloaded browser (see README "Tests"). */
export const CHROMIUM = process.env.SIMPUL_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run bash scripts/setup.sh`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** The built renderer; SIMPUL_OUT_DIR points elsewhere when several builds run side by side. */
export const RENDERER_DIR = join(process.cwd(), process.env.SIMPUL_OUT_DIR ?? 'out', 'renderer');

export async function startPreview(dbPath: string): Promise<PreviewServer> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('Renderer not built: npm run build');
  return startPreviewServer({ dbPath, rendererDir: RENDERER_DIR });
}

/** Opens the app in a fresh page at 1366x768 (a common office monitor), failing on page errors. */
export async function openApp(browser: Browser, preview: PreviewServer): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(preview.url);
  return page;
}

export const pageErrors = (page: Page): string[] => (page as Page & { errors?: string[] }).errors ?? [];

export const SCREENSHOT_DIR = join(process.cwd(), '.tmp', 'screenshots');
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
