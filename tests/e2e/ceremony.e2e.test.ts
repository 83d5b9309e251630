import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOperatorContext } from '../../electron/core';
import type { PreviewServer } from '../../electron/preview/server';
import { CODE_RE } from '../../shared/commitmentCode';
import { todayIso } from '../../shared/dates';
import { sample } from '../helpers/sampleFiles';
import { tempDir } from '../helpers/tempCore';
import { launchBrowser, openApp, pageErrors, screenshot, startPreview } from './browser';

let browser: Browser;
let preview: PreviewServer;
let page: Page;
const EVENT = 'Rapat Koordinasi Narahubung Inspektorat Daerah';
const PLAN = 'Komitmen Bersama Inspektorat Tahun 2025';

beforeAll(async () => {
  browser = await launchBrowser();
  preview = await startPreview(join(tempDir('simpul-e2e-'), 'simpul.sqlite'));
  await preview.core.dispatch('system.loadDemo', undefined, localOperatorContext('test'));
  page = await openApp(browser, preview);
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const pick = async (p: Page, label: string, option: string | RegExp) => {
  await p.getByLabel(label).filter({ visible: true }).first().click();
  await p.getByRole('option', { name: option }).first().click();
};
const count = (p: Page, key: string) => p.locator(`[data-count="${key}"] p`).first();

describe('the signing-ceremony kit in Chromium', () => {
  it('lists the demo events and creates an event', async () => {
    await page.getByRole('link', { name: 'Kegiatan' }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Kegiatan', level: 1 }).count()).toBe(1);
    await expect.poll(() => page.locator('[data-event]').count()).toBeGreaterThan(3);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-events-list');

    await page.getByRole('button', { name: 'Tambah kegiatan' }).click();
    const drawer = page.getByRole('dialog');
    await pick(page, 'Jenis kegiatan', 'Pertemuan berkala');
    await drawer.getByLabel('Nama kegiatan').fill(EVENT);
    await drawer.getByLabel(/^Tanggal/).fill(todayIso());
    await drawer.getByLabel('Jam mulai').fill('09:00');
    await drawer.getByLabel('Jam selesai').fill('08:00');
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => drawer.getByText('Jam selesai harus sesudah jam mulai').count()).toBe(1);
    await drawer.getByLabel('Jam selesai').fill('12:00');
    await drawer.getByLabel('Tempat').fill('Aula Kantor Ombudsman RI Perwakilan Kepulauan Bangka Belitung');
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: EVENT }).count()).toBe(1);
  });

  it('invites a whole group and records attendance, with the counts following', async () => {
    await page.getByRole('button', { name: 'Undang instansi' }).click();
    const modal = page.getByRole('dialog', { name: 'Undang instansi' });
    await pick(page, 'Semua instansi aktif dalam kelompok', /^Inspektorat/);
    await modal.getByRole('button', { name: 'Undang', exact: true }).click();
    await expect.poll(() => page.locator('[data-invitation]').count()).toBe(8);
    await expect.poll(() => count(page, 'invited').textContent()).toBe('8');

    // The focal point on the event's date is offered first.
    const row = page.locator('[data-invitation="Inspektorat Provinsi"]');
    const focal = (await row.locator('td').nth(2).locator('p').first().textContent())!;
    await row.getByRole('button', { name: /Catat kehadiran/ }).click();
    const attendance = page.getByRole('dialog', { name: /Kehadiran Inspektorat Provinsi/ });
    await expect.poll(() => attendance.getByLabel('Nama 1').inputValue()).toBe(focal);
    await attendance.getByRole('button', { name: 'Tambah nama' }).click();
    await attendance.getByLabel('Nama 2').fill('Rudi Hartono');
    await attendance.getByLabel('Jabatan 2').fill('Auditor Ahli Muda');
    await attendance.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => row.getByText('Narahubung hadir').count()).toBe(1);

    const absent = page.locator('[data-invitation="Inspektorat Bangka"]');
    await absent.getByRole('button', { name: /Catat kehadiran/ }).click();
    const absentModal = page.getByRole('dialog', { name: /Kehadiran Inspektorat Bangka/ });
    await absentModal.getByText('Tidak hadir', { exact: true }).click();
    await absentModal.getByLabel('Keterangan').fill('Bertepatan dengan pemeriksaan reguler');
    await absentModal.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => absent.getByText('Tidak hadir').count()).toBe(1);
    await expect.poll(() => count(page, 'attended').textContent()).toBe('1');
    await expect.poll(() => count(page, 'absent').textContent()).toBe('1');
    await expect.poll(() => count(page, 'participants').textContent()).toBe('2');
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-event-attendance');

    // The attendance list goes through documents.deliver: a one-time link in the preview.
    const popup = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Cetak daftar hadir' }).first().click();
    const opened = await popup;
    expect(opened.url()).toContain('/__simpul/files/');
    await opened.close();
  });

  it('creates an action plan from the event, batch-prints, marks a sheet signed by its code', async () => {
    await page.getByRole('link', { name: 'Buat rencana aksi' }).click();
    const drawer = page.getByRole('dialog', { name: 'Tambah rencana aksi' });
    await drawer.getByLabel('Judul rencana aksi').fill(PLAN);
    await drawer.getByLabel('Butir 1', { exact: true }).filter({ visible: true }).fill('Menunjuk narahubung pengelolaan pengaduan dan memperbaruinya setiap terjadi mutasi pejabat.');
    await drawer.getByRole('button', { name: 'Tambah butir' }).click();
    await drawer.getByLabel('Butir 2', { exact: true }).filter({ visible: true }).fill('Menindaklanjuti laporan yang diteruskan Ombudsman RI dalam 14 hari kerja.');
    await drawer.getByRole('button', { name: 'Tambah dari undangan kegiatan' }).click();
    await expect.poll(() => drawer.locator('[data-agency-order] > div').count()).toBe(8);
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: PLAN }).count()).toBe(1);
    await expect.poll(() => count(page, 'draft').textContent()).toBe('8');

    await page.getByRole('button', { name: 'Cetak semua lembar' }).click();
    const batch = page.getByRole('dialog', { name: 'Cetak lembar komitmen' });
    await pick(page, 'Urutan', 'Nama instansi (A–Z)');
    await batch.getByRole('button', { name: 'Cetak', exact: true }).click();
    await expect.poll(() => batch.getByText('8 lembar dicetak', { exact: false }).count(), { timeout: 30_000 }).toBe(1);
    await screenshot(page, 'e2e-batch-printed');
    const popup = page.context().waitForEvent('page');
    await batch.getByRole('button', { name: 'Buka PDF' }).click();
    const opened = await popup;
    expect(opened.url()).toContain('/__simpul/files/');
    await opened.close();
    await batch.getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => count(page, 'dicetak').textContent()).toBe('8');

    const row = page.locator('[data-commitment="Inspektorat Provinsi"]');
    const code = (await row.locator('td').nth(4).textContent())!.trim();
    expect(code).toMatch(CODE_RE);
    await page.getByRole('button', { name: 'Tandai ditandatangani' }).first().click();
    const sign = page.getByRole('dialog', { name: 'Tandai lembar ditandatangani' });
    // Typed as people do: lower case, spaces, O for zero.
    await sign.getByLabel('Kode lembar').fill('XXXX-XXXX-X');
    await sign.getByRole('button', { name: 'Cari' }).click();
    await expect.poll(() => sign.getByText('Kode tidak valid', { exact: false }).count()).toBe(1);
    await sign.getByLabel('Kode lembar').fill(code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o'));
    await sign.getByRole('button', { name: 'Cari' }).click();
    const match = sign.locator('[data-match="Inspektorat Provinsi"]');
    await expect.poll(() => match.count()).toBe(1);
    await match.getByRole('button', { name: 'Tandai ditandatangani' }).click();
    await expect.poll(() => match.getByText('Ditandatangani').count()).toBeGreaterThan(0);
    await match.locator('input[type="file"]').setInputFiles({ name: 'Pindaian Inspektorat Provinsi.pdf', mimeType: 'application/pdf', buffer: sample.pdf('ttd') });
    await expect.poll(() => match.getByRole('button', { name: 'Buka Pindaian Inspektorat Provinsi.pdf' }).count()).toBe(1);
    await match.getByRole('button', { name: 'Arsipkan pindaian' }).click();
    await expect.poll(() => match.getByText('Diarsipkan').count()).toBeGreaterThan(0);
    await screenshot(page, 'e2e-mark-signed');
    await sign.getByRole('button', { name: 'Tutup' }).first().click();

    await expect.poll(() => count(page, 'diarsipkan').textContent()).toBe('1');
    await expect.poll(() => count(page, 'dicetak').textContent()).toBe('7');
    await expect.poll(() => row.getByText('Diarsipkan', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: /Belum ditandatangani/ }).click();
    await expect.poll(() => page.locator('[data-commitment]').count()).toBe(7);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-commitment-board');
  });

  it('shows the attendance history on the agency page', async () => {
    await page.getByRole('link', { name: 'Kegiatan' }).first().click();
    await page.getByRole('link', { name: EVENT }).click();
    await page.locator('[data-invitation="Inspektorat Provinsi"]').getByRole('link', { name: 'Inspektorat Provinsi' }).click();
    const card = page.getByRole('region', { name: 'Riwayat kehadiran kegiatan' });
    await expect.poll(() => card.locator(`[data-event-history="${EVENT}"]`).getByText('Hadir').count()).toBeGreaterThan(0);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-agency-attendance');
    expect(pageErrors(page)).toEqual([]);
  });
});
