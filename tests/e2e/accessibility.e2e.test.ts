import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOperatorContext } from '../../electron/core';
import type { PreviewServer } from '../../electron/preview/server';
import { tempDir } from '../helpers/tempCore';
import { axeScan, BLOCKING, describeViolations, settle, type AxeViolation } from './axe';
import { launchBrowser, openApp, signIn, startPreview, TEST_ADMIN } from './browser';

/**
 * axe-core on every screen a user can reach: the first-run and sign-in screens, then every
 * route found by following the app's own links from the home page (the menu built from
 * renderer/src/app/navigation.tsx, tabs that are links, agency and person pages, ...), and
 * each tab of a tabbed screen. Serious and critical violations fail the test; all are printed.
 */
const MAX_SCREENS = 60;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

let browser: Browser;
const previews: PreviewServer[] = [];
const scanned: Array<{ screen: string; violations: AxeViolation[] }> = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const p of previews) await p.close();
  const blocking = scanned.flatMap((s) => s.violations.filter((v) => BLOCKING.has(v.impact ?? '')));
  const minor = scanned.flatMap((s) => s.violations.filter((v) => !BLOCKING.has(v.impact ?? '')));
  console.log(`axe: ${scanned.length} screens scanned, ${blocking.length} serious/critical and ${minor.length} minor/moderate violations`);
  console.log(scanned.map((s) => `  ${s.screen}`).join('\n'));
  for (const s of scanned) if (s.violations.length) console.log(describeViolations(s.screen, s.violations));
});

async function check(page: Page, screen: string): Promise<void> {
  await settle(page);
  scanned.push({ screen, violations: await axeScan(page) });
}

/** Fails with every serious or critical violation found on the screens scanned since `from`. */
function expectNoBlocking(from: number): void {
  const found = scanned.slice(from).map((s) => ({ ...s, violations: s.violations.filter((v) => BLOCKING.has(v.impact ?? '')) }));
  const text = found.filter((s) => s.violations.length).map((s) => describeViolations(s.screen, s.violations)).join('\n');
  expect(text, text).toBe('');
}

async function preview(options: { admin?: boolean; demo?: boolean } = {}): Promise<PreviewServer> {
  const p = await startPreview(join(tempDir('simpul-e2e-axe-'), 'simpul.sqlite'), { admin: options.admin });
  previews.push(p);
  if (options.demo) await p.core.dispatch('system.loadDemo', undefined, localOperatorContext('test'));
  return p;
}

const routeKey = (hash: string) => hash.split('?')[0]!.replace(UUID, ':id');

/** The app's own links on the current screen, as hash routes. */
async function linksOnScreen(page: Page): Promise<string[]> {
  return page.$$eval('a[href^="#/"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Tabs that are buttons (not links): each is a view of its own. */
async function scanTabs(page: Page, screen: string): Promise<void> {
  const tabs = page.locator('[role="tab"]:not([href])');
  const count = Math.min(await tabs.count(), 8);
  for (let i = 0; i < count; i++) {
    // A tab may change the set of tabs (a sub-screen with its own): stop when it did.
    if (i >= (await tabs.count())) break;
    const tab = tabs.nth(i);
    if ((await tab.getAttribute('aria-selected')) === 'true' || !(await tab.isVisible())) continue;
    const name = (await tab.innerText()).replace(/\s+/g, ' ').trim();
    await tab.click();
    await check(page, `${screen} › tab ${name}`);
  }
}

describe('accessibility (axe-core)', () => {
  it('the first start: creating the administrator, signing in, the welcome and office profile screens', async () => {
    const from = scanned.length;
    const fresh = await preview({ admin: false });
    const first = await openApp(browser, fresh, { login: false });
    await check(first, 'first start: create administrator');

    const withAdmin = await preview();
    const page = await openApp(browser, withAdmin, { login: false });
    await check(page, 'sign-in');
    await signIn(page, TEST_ADMIN);
    await check(page, 'first run: welcome');
    await page.getByRole('button', { name: 'Mulai kosong' }).click();
    await check(page, 'first run: office profile');
    expectNoBlocking(from);
  });

  it('every screen reachable from the home page, on the demo office', async () => {
    const from = scanned.length;
    const demo = await preview({ demo: true });
    const page = await openApp(browser, demo);
    const queue = ['#/'];
    const seen = new Set<string>();
    while (queue.length > 0 && seen.size < MAX_SCREENS) {
      const hash = queue.shift()!;
      if (seen.has(routeKey(hash))) continue;
      seen.add(routeKey(hash));
      await page.evaluate((h) => {
        (globalThis as unknown as { location: { hash: string } }).location.hash = h;
      }, hash);
      await check(page, routeKey(hash));
      await scanTabs(page, routeKey(hash));
      for (const link of await linksOnScreen(page)) if (!seen.has(routeKey(link))) queue.push(link);
    }
    // The screens the issue names must be among them.
    for (const route of ['#/', '#/instansi', '#/instansi/daftar', '#/instansi/:id', '#/mou', '#/pengaturan']) expect([...seen]).toContain(route);
    expectNoBlocking(from);
  }, 400_000);
});
