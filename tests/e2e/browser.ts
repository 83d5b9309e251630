import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { localOperatorContext } from '../../electron/core';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { TEST_PASSWORD_PARAMS } from '../helpers/tempCore';

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

/** The administrator every e2e preview gets (unless started with { admin: false }); openApp signs in as them. */
export const TEST_ADMIN = { username: 'admin.uji', fullName: 'Admin Uji', password: 'kunci-uji-e2e-2025' };

const signInAs = new WeakMap<PreviewServer, { username: string; password: string }>();

export async function startPreview(dbPath: string, options: { admin?: boolean } = {}): Promise<PreviewServer> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('Renderer not built: npm run build');
  // Cheap scrypt (2^10): a sign-in per page would otherwise cost seconds; the cost itself is tested in the core.
  const preview = await startPreviewServer({ dbPath, rendererDir: RENDERER_DIR, auth: { passwordParams: TEST_PASSWORD_PARAMS } });
  if (options.admin !== false) {
    // Through the core, like the first-run screen would (a database reopened keeps its admin).
    const ctx = localOperatorContext('test');
    const status = await preview.core.dispatch('auth.status', undefined, ctx);
    if (status.ok && (status.value as { setupRequired: boolean }).setupRequired) {
      const created = await preview.core.dispatch('auth.setupAdmin', TEST_ADMIN, ctx);
      if (!created.ok) throw new Error(`test admin: ${created.error.message}`);
    }
    signInAs.set(preview, TEST_ADMIN);
  }
  return preview;
}

/** Fills the sign-in screen and waits until it is gone. */
export async function signIn(page: Page, login: { username: string; password: string }): Promise<void> {
  await page.getByLabel('Nama pengguna').fill(login.username);
  await page.getByLabel('Kata sandi').fill(login.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Masuk ke Simpul' }).waitFor({ state: 'detached' });
}

/**
 * Opens the app in a fresh page at 1366x768 (a common office monitor), failing on page errors,
 * and signs in as the preview's test administrator (or `login`; `login: false` stays at the
 * first screen).
 */
export async function openApp(browser: Browser, preview: PreviewServer, options: { login?: { username: string; password: string } | false } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(preview.url);
  const login = options.login === undefined ? signInAs.get(preview) : options.login;
  if (login) await signIn(page, login);
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
