import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOperatorContext } from '../../electron/core';
import type { PreviewServer } from '../../electron/preview/server';
import { EXAMPLE_OFFICE, tempDir } from '../helpers/tempCore';
import { launchBrowser, openApp, pageErrors, screenshot, startPreview } from './browser';

let browser: Browser;
let preview: PreviewServer;
let page: Page;

const HEADERS = ['No', 'Nama Instansi', 'Kelompok', 'Kabupaten/Kota', 'Nama Narahubung', 'Jabatan', 'No. HP', 'Peran'];
const GOOD = [
  [1, 'Inspektorat Kota Pangkalpinang', 'Inspektorat', 'Kota Pangkalpinang', 'Budi Santoso', 'Inspektur Pembantu II', 81270001111, 'utama'],
  [2, 'Dinas Kesehatan Kabupaten Bangka', 'Pemerintah Kabupaten/Kota', 'Kabupaten Bangka', 'Sari Utami', 'Kasubbag Umum', '0812-7000-2222', 'utama'],
  [3, 'Dinas Kesehatan Kabupaten Bangka', 'Pemerintah Kabupaten/Kota', 'Kabupaten Bangka', 'Rahmat Hidayat', 'Staf Pelayanan', '0812-7000-3333', 'cadangan'],
  [4, 'Kantor Pertanahan Kabupaten Belitung', 'Instansi Vertikal/Kantor Wilayah', 'Kabupaten Belitung', 'Dewi Lestari', 'Kepala Subbagian TU', '0819-2000-4444', ''],
  [5, 'PT PLN (Persero) UP3 Bangka', 'BUMN/BUMD', 'Kota Pangkalpinang', '', '', '', ''],
];
// The same sheet as offices often have it first: a typo in a number, a group written their own way, a row twice.
const WITH_ERRORS = [
  GOOD[0]!,
  GOOD[1]!,
  [3, 'Dinas Kesehatan Kabupaten Bangka', 'Pemerintah Kabupaten/Kota', 'Kabupaten Bangka', 'Rahmat Hidayat', 'Staf Pelayanan', '0812-7000-333x', 'cadangan'],
  [4, 'Kantor Pertanahan Kabupaten Belitung', 'BPN', 'Kabupaten Belitung', 'Dewi Lestari', 'Kepala Subbagian TU', '0819-2000-4444', ''],
  GOOD[4]!,
  [6, 'Inspektorat Kota  Pangkalpinang', 'Inspektorat', 'Kota Pangkalpinang', 'Andi', 'Auditor', '0812-1111-2222', 'utama'],
];

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Narahubung');
  ws.addRow(['DAFTAR NARAHUBUNG INSTANSI MITRA OMBUDSMAN RI PERWAKILAN BABEL']);
  ws.addRow([]);
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  browser = await launchBrowser();
  const dbPath = join(tempDir('simpul-e2e-import-'), 'simpul.sqlite');
  preview = await startPreview(dbPath);
  const r = await preview.core.dispatch('settings.update', EXAMPLE_OFFICE, localOperatorContext('test'));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  page = await openApp(browser, preview);
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function chooseFile(p: Page, name: string, rows: unknown[][]) {
  await p.locator('input[type="file"]').first().setInputFiles({ name, mimeType: MIME, buffer: await workbook(rows) });
}

describe('spreadsheet import in Chromium', () => {
  it('shows a clear message for a file that is not a spreadsheet', async () => {
    await page.getByRole('link', { name: 'Instansi & Narahubung' }).first().click();
    await page.getByRole('tab', { name: 'Daftar instansi' }).click();
    await page.getByRole('link', { name: 'Impor dari spreadsheet' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Impor instansi dan narahubung' }).count()).toBe(1);
    await page.locator('input[type="file"]').first().setInputFiles({ name: 'daftar.xlsx', mimeType: MIME, buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'berisi PDF, bukan spreadsheet' }).count()).toBe(1);
    // The template comes as a download in the browser preview.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh templat (.xlsx)' }).click();
    expect((await download).suggestedFilename()).toBe('Templat Impor Instansi dan Narahubung.xlsx');
  });

  it('shows every problem, imports nothing, then imports the corrected file', async () => {
    await chooseFile(page, 'narahubung-2025.xlsx', WITH_ERRORS);
    // Mapping: guessed from the Indonesian headers under the title row.
    await expect.poll(() => page.getByText('Judul kolom dibaca dari baris 3.', { exact: false }).count()).toBe(1);
    await expect.poll(() => page.getByLabel('Nama instansi', { exact: true }).inputValue()).toBe('Kolom B: Nama Instansi');
    await screenshot(page, 'import-mapping');
    await page.getByRole('button', { name: 'Lanjut ke pemeriksaan' }).click();

    await expect.poll(() => page.getByText('Perbaiki 3 baris bermasalah', { exact: false }).count()).toBe(1);
    const table = page.getByRole('table', { name: 'Periksa sebelum mengimpor' });
    await expect.poll(() => table.getByText('No. HP narahubung: Nomor telepon tidak valid', { exact: false }).count()).toBe(1);
    await expect.poll(() => table.getByText('Kelompok "BPN" belum dikenal', { exact: false }).count()).toBe(1);
    await expect.poll(() => table.getByText('Instansi yang sama sudah ada di baris 4', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Impor \d+ baris$/ }).isDisabled()).toBe(true);
    // With problems, the list opens on the rows that need attention.
    const onlyProblems = page.getByRole('switch', { name: 'Hanya baris bermasalah' });
    expect(await onlyProblems.isChecked()).toBe(true);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    await page.setViewportSize({ width: 1366, height: 1000 });
    await screenshot(page, 'import-preview-problems');
    await onlyProblems.setChecked(false, { force: true });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(6);
    await table.locator('tbody tr').last().scrollIntoViewIfNeeded();
    await screenshot(page, 'import-preview-all');
    await page.setViewportSize({ width: 1366, height: 768 });

    // The office fixes its sheet and chooses it again.
    await chooseFile(page, 'narahubung-2025-perbaikan.xlsx', GOOD);
    await page.getByRole('button', { name: 'Lanjut ke pemeriksaan' }).click();
    await expect.poll(() => page.getByText('5 baris dibaca: 4 instansi baru dan 4 narahubung akan disimpan.').count()).toBe(1);
    await page.getByRole('button', { name: 'Impor 5 baris' }).click();
    await expect.poll(() => page.getByText('Impor selesai').count()).toBe(1);
    await expect.poll(() => page.getByText('4 instansi baru, 4 orang baru dan 4 penugasan narahubung disimpan.', { exact: false }).count()).toBe(1);
    await screenshot(page, 'import-done');

    await page.getByRole('link', { name: 'Buka daftar instansi' }).click();
    const names = ['Inspektorat Kota Pangkalpinang', 'Dinas Kesehatan Kabupaten Bangka', 'Kantor Pertanahan Kabupaten Belitung', 'PT PLN (Persero) UP3 Bangka'];
    for (const name of names) await expect.poll(() => page.getByRole('link', { name, exact: true }).count()).toBe(1);
    // The roster shows them with their focal points.
    await page.getByRole('tab', { name: 'Narahubung' }).click();
    await expect.poll(() => page.getByText('Budi Santoso').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Dewi Lestari').count()).toBeGreaterThan(0);
    const roster = await preview.core.dispatch('roster.list', {}, localOperatorContext('test'));
    const items = roster.ok ? (roster.value as { items: Array<{ agencyName: string; primary: { person: { name: string; phone: string } } | null; backupCount: number }> }).items : [];
    expect(items.find((r) => r.agencyName === 'Inspektorat Kota Pangkalpinang')?.primary?.person).toMatchObject({ name: 'Budi Santoso', phone: '081270001111' });
    expect(items.find((r) => r.agencyName === 'Dinas Kesehatan Kabupaten Bangka')?.backupCount).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });
});
