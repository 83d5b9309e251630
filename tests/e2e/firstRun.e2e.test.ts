import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseChecksum, tempDir } from '../helpers/tempCore';
import { launchBrowser, openApp, pageErrors, screenshot, startPreview } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('first run in Chromium', () => {
  it('starts empty: the office profile refuses bad input, then saves and shows the letterhead', async () => {
    const dbPath = join(tempDir('simpul-e2e-'), 'simpul.sqlite');
    const preview = await startPreview(dbPath);
    try {
      const page = await openApp(browser, preview);
      await expect.poll(() => page.getByRole('button', { name: 'Mulai kosong' }).count()).toBe(1);
      await screenshot(page, 'e2e-first-run');
      await page.getByRole('button', { name: 'Mulai kosong' }).click();

      await page.getByLabel('Kode kantor').fill('K');
      await page.getByLabel('Nama kantor').fill('Ombudsman RI Perwakilan Provinsi Kalimantan Selatan');
      await page.getByLabel('Provinsi').fill('Kalimantan Selatan');
      await page.getByLabel('Kota (untuk baris tanggal)').fill('Banjarmasin');
      await page.getByLabel('Email').fill('kalsel@ombudsman');
      await page.getByLabel('Nama kepala perwakilan').fill('Hadi Rahman');
      await page.getByLabel('Jabatan kepala perwakilan').fill('Kepala Perwakilan');
      await page.getByLabel('NIP kepala perwakilan').fill('123');
      await page.getByLabel('Pola nomor surat').fill('{nomor}/LM/{bulan_romawi}');
      const before = databaseChecksum(dbPath);
      await page.getByRole('button', { name: 'Simpan' }).click();
      for (const message of ['Kode kantor 2-12 huruf', 'Format email tidak valid', 'NIP harus 18 digit angka', 'Pola harus memuat {tahun}']) {
        await expect.poll(() => page.getByText(message, { exact: false }).count(), { message }).toBeGreaterThan(0);
      }
      expect(databaseChecksum(dbPath)).toBe(before);

      await page.getByLabel('Kode kantor').fill('kalsel');
      await page.getByLabel('Email').fill('kalsel@ombudsman.go.id');
      await page.getByLabel('NIP kepala perwakilan').fill('');
      await page.getByLabel('Pola nomor surat').fill('{nomor:4}/LM/{bulan_romawi}/{tahun}/BJM');
      await page.getByRole('button', { name: 'Simpan' }).click();
      // First run is over: the app shell with its navigation appears.
      await expect.poll(() => page.getByRole('link', { name: 'Instansi & Narahubung' }).count()).toBeGreaterThan(0);
      await page.getByRole('link', { name: 'Pengaturan' }).first().click();
      await expect.poll(() => page.getByText('PERWAKILAN PROVINSI KALIMANTAN SELATAN', { exact: false }).count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByText('/LM/', { exact: false }).count()).toBeGreaterThan(0);
      await screenshot(page, 'e2e-settings-saved');
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await preview.close();
    }
  });

  it('loads the demo office on request', async () => {
    const preview = await startPreview(join(tempDir('simpul-e2e-'), 'simpul.sqlite'));
    try {
      const page = await openApp(browser, preview);
      await page.getByRole('button', { name: 'Muat data contoh' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Instansi & Narahubung' }).count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByText('Kepulauan Bangka Belitung', { exact: false }).count()).toBeGreaterThan(0);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await preview.close();
    }
  });
});
