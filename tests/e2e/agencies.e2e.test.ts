import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOperatorContext } from '../../electron/core';
import type { PreviewServer } from '../../electron/preview/server';
import { tempDir } from '../helpers/tempCore';
import { launchBrowser, openApp, pageErrors, screenshot, startPreview } from './browser';

let browser: Browser;
let preview: PreviewServer;
let page: Page;
let dbPath: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dbPath = join(tempDir('simpul-e2e-'), 'simpul.sqlite');
  preview = await startPreview(dbPath);
  await preview.core.dispatch('system.loadDemo', undefined, localOperatorContext('test'));
  page = await openApp(browser, preview);
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function openRegister(p: Page) {
  await p.getByRole('link', { name: 'Instansi & Narahubung' }).first().click();
  await expect.poll(() => p.getByRole('heading', { name: 'Instansi & Narahubung' }).count()).toBeGreaterThan(0);
  // The area opens on the focal-point roster; the register is its second tab.
  await p.getByRole('tab', { name: 'Daftar instansi' }).click();
  await expect.poll(() => p.getByLabel('Cari instansi').count()).toBe(1);
}

async function chooseGroup(p: Page, group: string) {
  await p.getByRole('dialog').getByLabel('Kelompok instansi').click();
  await p.getByRole('option', { name: group, exact: true }).click();
}

describe('agency register in Chromium', () => {
  it('shows the register in Indonesian', async () => {
    await openRegister(page);
    await expect.poll(() => page.getByText('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Pangkalpinang').count()).toBeGreaterThan(0);
    await screenshot(page, 'e2e-agency-register');
    await page.getByLabel('Cari instansi').fill('timah');
    await expect.poll(() => page.getByRole('link', { name: 'PT Timah Tbk' }).count()).toBe(1);
    await page.getByLabel('Cari instansi').fill('');
  });

  it('creates an agency after showing validation and duplicate errors', async () => {
    await page.getByRole('button', { name: 'Tambah instansi' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama instansi').fill('PT  timah tbk');
    await chooseGroup(page, 'BUMN/BUMD');
    await dialog.getByLabel('Email').fill('humas@timah');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByText('Format email tidak valid', { exact: false }).count()).toBeGreaterThan(0);

    await dialog.getByLabel('Email').fill('humas@timah.co.id');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    // The server finds the duplicate (case and spaces ignored) and says which agency it is.
    await expect.poll(() => dialog.getByText('sudah terdaftar', { exact: false }).count()).toBeGreaterThan(0);

    await dialog.getByLabel('Nama instansi').fill('Dinas Arsip dan Perpustakaan Kota Pangkalpinang');
    await dialog.getByLabel('Nama singkat').fill('Diskarpus');
    await dialog.getByLabel('Telepon').fill('(0717) 431 222');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('finds it by search and edits it', async () => {
    await page.getByLabel('Cari instansi').fill('arsip dan perpus');
    await expect.poll(() => page.getByRole('link', { name: 'Dinas Arsip dan Perpustakaan Kota Pangkalpinang' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Pangkalpinang' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Tindakan' }).first().click();
    await page.getByRole('menuitem', { name: 'Ubah' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('NIP kepala instansi').fill('12345');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByText('NIP harus 18 digit angka').count()).toBeGreaterThan(0);
    await dialog.getByLabel('NIP kepala instansi').fill('197805152006042011');
    await dialog.getByLabel('Nama kepala instansi').fill('Ratna Wulandari');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByText('Ratna Wulandari').count()).toBeGreaterThan(0);
  });

  it('still has the data after the preview restarts on the same file', async () => {
    await preview.close();
    preview = await startPreview(dbPath);
    const fresh = await openApp(browser, preview);
    await openRegister(fresh);
    await fresh.getByLabel('Cari instansi').fill('Diskarpus');
    await expect.poll(() => fresh.getByText('Ratna Wulandari').count()).toBeGreaterThan(0);
    expect(pageErrors(fresh)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
