import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOperatorContext } from '../../electron/core';
import type { PreviewServer } from '../../electron/preview/server';
import { addDays, todayIso } from '../../shared/dates';
import { sample } from '../helpers/sampleFiles';
import { databaseChecksum, tempDir } from '../helpers/tempCore';
import { launchBrowser, openApp, pageErrors, screenshot, startPreview } from './browser';

let browser: Browser;
let preview: PreviewServer;
let page: Page;
let dbPath: string;
const TITLE = 'Nota Kesepahaman tentang Layanan Pengaduan Keagamaan';

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

const row = (p: Page, title: string) => p.getByRole('row').filter({ hasText: title });

describe('MoU tracker in Chromium', () => {
  it('shows the demo MoUs with their alerts', async () => {
    await page.getByRole('link', { name: 'MoU & Pendampingan' }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'MoU & Pendampingan' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(5);
    const overdue = row(page, 'Pengawasan Pelayanan Publik dan Penyelesaian Laporan');
    await expect.poll(() => overdue.getByText('Lewat rencana').count()).toBe(1);
    await expect.poll(() => row(page, 'Penyelesaian Laporan Masyarakat dan Pencegahan').getByText('Berakhir ≤ 90 hari').count()).toBe(1);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-mou-tracker');

    // The summary cards filter the list.
    await page.getByRole('region', { name: 'Perlu perhatian' }).getByRole('button', { name: /Lewat masa berlaku/ }).click();
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await expect.poll(() => page.getByText('Pengelolaan Pengaduan Pelayanan Publik').count()).toBe(1);
    await page.getByRole('button', { name: 'Hapus filter' }).click();
  });

  it('creates an MoU for a demo agency: field errors first, then the alert badge', async () => {
    const today = todayIso();
    await page.getByRole('button', { name: 'Tambah MoU' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Judul MoU').fill(TITLE);
    await dialog.getByLabel('Instansi mitra').fill('Kemenag');
    await page.getByRole('option', { name: 'Kanwil Kemenag Babel' }).click();
    await dialog.getByText('Ditandatangani', { exact: true }).click();
    await dialog.getByLabel('Berlaku sampai dengan').fill(addDays(today, 30));
    const before = databaseChecksum(dbPath);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByText('Tanggal penandatanganan wajib diisi', { exact: false }).count()).toBe(1);

    await dialog.getByLabel('Tanggal penandatanganan').fill(addDays(today, 40));
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByText('Tanggal berakhir harus sesudah tanggal penandatanganan', { exact: false }).count()).toBe(1);
    // A signature dated tomorrow is only caught by the core, which knows today.
    await dialog.getByLabel('Tanggal penandatanganan').fill(addDays(today, 1));
    await dialog.getByLabel('Berlaku sampai dengan').fill(addDays(today, 60));
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByText('Tanggal tidak boleh di masa depan', { exact: false }).count()).toBe(1);
    expect(databaseChecksum(dbPath)).toBe(before);

    await dialog.getByLabel('Tanggal penandatanganan').fill(addDays(today, -700));
    await dialog.getByLabel('Berlaku sampai dengan').fill(addDays(today, 30));
    await dialog.getByRole('button', { name: 'Tambah penandatangan' }).click();
    await dialog.getByLabel('Nama').fill('Hendra Saputra');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    // The drawer stays open on the new MoU, ready for its scan.
    await expect.poll(() => page.getByRole('dialog', { name: 'Ubah MoU' }).count()).toBe(1);

    const picker = dialog.locator('input[type="file"]');
    await picker.setInputFiles({ name: 'naskah.pdf', mimeType: 'application/pdf', buffer: sample.png('bukan pdf') });
    await expect.poll(() => dialog.getByText('isinya PNG', { exact: false }).count()).toBe(1);
    await picker.setInputFiles({ name: 'Naskah MoU Kemenag.pdf', mimeType: 'application/pdf', buffer: sample.pdf('naskah kemenag') });
    await expect.poll(() => dialog.getByRole('button', { name: 'Buka Naskah MoU Kemenag.pdf' }).count()).toBe(1);
    await screenshot(page, 'e2e-mou-drawer');
    // Opening goes through attachments.deliver: the preview answers with a one-time link.
    const popup = page.context().waitForEvent('page');
    await dialog.getByRole('button', { name: 'Buka Naskah MoU Kemenag.pdf' }).click();
    const opened = await popup;
    expect(opened.url()).toContain('/__simpul/files/');
    await opened.close();
    await dialog.getByRole('button', { name: 'Tutup' }).last().click();

    await page.getByLabel('Cari MoU').fill('keagamaan');
    const created = row(page, TITLE);
    await expect.poll(() => created.getByText('Berakhir ≤ 90 hari').count()).toBe(1);
    await expect.poll(() => created.getByText('30 hari lagi').count()).toBe(1);
    await expect.poll(() => created.getByLabel('1 berkas').count()).toBe(1);
  });

  it('shows the MoU on the agency detail page', async () => {
    await row(page, TITLE).getByRole('link', { name: 'Kanwil Kemenag Babel' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Kantor Wilayah Kementerian Agama Provinsi Kepulauan Bangka Belitung' }).count()).toBe(1);
    const card = page.getByRole('region', { name: 'MoU' });
    await expect.poll(() => card.getByRole('button', { name: TITLE }).count()).toBe(1);
    await expect.poll(() => card.getByText('Berakhir ≤ 90 hari').count()).toBe(1);
    // The detail page may still swap in freshly fetched data under the card: retry the scroll.
    await expect.poll(() => card.scrollIntoViewIfNeeded({ timeout: 2_000 }).then(() => true, () => false)).toBe(true);
    await screenshot(page, 'e2e-agency-mou-card');
  });

  it('keeps the technical-assistance log in the second tab', async () => {
    await page.getByRole('link', { name: 'MoU & Pendampingan' }).first().click();
    await page.getByRole('tab', { name: 'Pendampingan Teknis' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Inspektorat Provinsi' }).count()).toBeGreaterThan(0);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-assistance-log');
    expect(pageErrors(page)).toEqual([]);
  });
});
