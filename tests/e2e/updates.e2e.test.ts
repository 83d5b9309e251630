import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOperatorContext } from '../../electron/core';
import type { PreviewServer } from '../../electron/preview/server';
import type { OfficeSettingsDto } from '../../shared/dto';
import { databaseChecksum, EXAMPLE_OFFICE, tempDir } from '../helpers/tempCore';
import { launchBrowser, openApp, pageErrors, screenshot, startPreview } from './browser';

/**
 * Updates and "Tentang Simpul" in Chromium against the real core (browser preview): the quiet
 * status line, the about screen, and the admin's update settings in Pengaturan.
 */

let browser: Browser;
let preview: PreviewServer;
let page: Page;
let dbPath: string;

const settings = async () => {
  const r = await preview.core.dispatch('settings.get', undefined, localOperatorContext('test'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value as OfficeSettingsDto;
};

beforeAll(async () => {
  browser = await launchBrowser();
  dbPath = join(tempDir('simpul-e2e-'), 'simpul.sqlite');
  preview = await startPreview(dbPath);
  await preview.core.dispatch('settings.update', EXAMPLE_OFFICE, localOperatorContext('test'));
  page = await openApp(browser, preview);
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('updates and about in Chromium', () => {
  it('shows a quiet update status under the menu, never a dialog', async () => {
    const line = page.getByTestId('update-status');
    await expect.poll(() => line.textContent()).toBe('Pembaruan otomatis hanya di aplikasi terpasang');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('opens "Tentang Simpul" from the version link', async () => {
    await page.getByRole('link', { name: /Tentang Simpul/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Tentang Simpul', level: 1 }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('about-version').textContent()).toMatch(/^\d+\.\d+\.\d+/);
    await expect.poll(() => page.getByText(dbPath, { exact: true }).count()).toBe(1);
    // The preview cannot open a folder on the server's machine: it shows the path instead.
    await expect.poll(() => page.getByText('Pratinjau peramban tidak membuka folder; salin lokasinya dari atas.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Buka folder data' }).count()).toBe(0);
    const exportRow = page.getByRole('row').filter({ hasText: 'Ekspor arsip terakhir' });
    await expect.poll(() => exportRow.getByText('belum ada').count()).toBe(1);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Ukuran folder data' }).textContent()).toMatch(/(KB|MB) dalam \d+ berkas/);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-about');
  });

  it('lets the admin set the update feed in Pengaturan, refusing a bad address on the field', async () => {
    await page.getByRole('link', { name: 'Pengaturan' }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Pembaruan aplikasi' }).count()).toBe(1);
    const feed = page.getByLabel('Alamat pembaruan');
    const enabled = page.getByLabel('Perbarui Simpul secara otomatis');
    expect(await enabled.isChecked()).toBe(true);

    await feed.fill('ftp://server-pusat/simpul/');
    const before = databaseChecksum(dbPath);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText(/Alamat pembaruan harus diawali http:\/\/ atau https:\/\//).count()).toBeGreaterThan(0);
    expect(databaseChecksum(dbPath)).toBe(before);

    await feed.fill('http://server-pusat/simpul/');
    await enabled.uncheck({ force: true });
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(async () => (await settings()).updateFeedUrl).toBe('http://server-pusat/simpul/');
    expect((await settings()).updatesEnabled).toBe(false);
    await page.getByRole('heading', { name: 'Pembaruan aplikasi' }).scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-settings-updates');
    expect(pageErrors(page)).toEqual([]);
  });
});
