import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOperatorContext } from '../../electron/core';
import type { PreviewServer } from '../../electron/preview/server';
import type { OutputOf } from '../../shared/contract';
import { addDays, formatDateId, todayIso } from '../../shared/dates';
import type { Result } from '../../shared/result';
import { readPdf } from '../helpers/pdfText';
import { tempDir } from '../helpers/tempCore';
import { launchBrowser, openApp, pageErrors, screenshot, startPreview } from './browser';

let browser: Browser;
let preview: PreviewServer;
let page: Page;

const AGENCY = 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Pangkalpinang';

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

/** A person of the demo network who has a NIP, to trigger the duplicate check. */
async function someNip(): Promise<{ nip: string; name: string }> {
  const result = (await preview.core.dispatch('persons.list', { search: '', page: 1, pageSize: 200 }, localOperatorContext('test'))) as Result<OutputOf<'persons.list'>>;
  if (!result.ok) throw new Error(result.error.message);
  const p = result.value.items.find((x) => x.nip);
  if (!p) throw new Error('demo data has no NIP');
  return { nip: p.nip, name: p.name };
}

const summaryCard = (label: RegExp) => page.getByRole('group', { name: 'Saring menurut keadaan data' }).getByRole('button', { name: label });
const rows = () => page.locator('table tbody tr');

/** Fetches a document the preview handed over and returns its text (pdf.js). */
async function pdfTextAt(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  const pages = await readPdf(new Uint8Array(await res.arrayBuffer()));
  return pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ');
}

describe('focal-point roster in Chromium', () => {
  it('opens on the roster and filters the agencies without a focal point', async () => {
    await page.getByRole('link', { name: 'Instansi & Narahubung' }).first().click();
    await expect.poll(() => page.getByRole('tab', { name: 'Narahubung', selected: true }).count()).toBe(1);
    await expect.poll(() => rows().count()).toBeGreaterThan(5);
    await screenshot(page, 'e2e-roster');

    const card = summaryCard(/Belum ada narahubung/);
    const expected = Number((await card.innerText()).match(/\d+/)?.[0]);
    expect(expected).toBeGreaterThan(0);
    await card.click();
    await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => rows().count()).toBe(expected);
    for (let i = 0; i < expected; i++) {
      // The person column says so, and the badge flags the row.
      await expect.poll(() => rows().nth(i).getByText('Belum ada narahubung').count()).toBe(2);
    }
    await card.click();
    await expect.poll(() => rows().count()).toBeGreaterThan(expected);
  });

  it('confirms the data of two selected rows at once', async () => {
    // Oldest confirmation first: those are certainly not confirmed today yet.
    await page.getByRole('columnheader', { name: 'Dikonfirmasi' }).getByRole('button').click();
    await expect.poll(() => page.url()).toContain('sort=lastConfirmed');
    // Rendered with the new order, then its rows arrived (the old page stays up while loading).
    await expect.poll(() => page.getByRole('columnheader', { name: 'Dikonfirmasi' }).getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => page.locator('table[aria-busy="false"]').count()).toBe(1);
    const staleBefore = Number((await summaryCard(/Data usang/).innerText()).match(/\d+/)?.[0]);
    await page.getByRole('checkbox', { name: 'Pilih baris' }).nth(0).check();
    await page.getByRole('checkbox', { name: 'Pilih baris' }).nth(1).check();
    await expect.poll(() => page.getByText('2 narahubung dipilih').count()).toBe(1);
    await page.getByRole('region', { name: 'Baris terpilih' }).getByRole('button', { name: 'Konfirmasi data' }).click();
    await expect.poll(() => page.getByText('Data 2 narahubung dikonfirmasi').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('2 narahubung dipilih').count()).toBe(0);
    // The oldest was stale; confirmed today it no longer is.
    await expect.poll(async () => Number((await summaryCard(/Data usang/).innerText()).match(/\d+/)?.[0])).toBe(Math.max(0, staleBefore - 1));
  });

  it('prints the directory of focal points', async () => {
    const opened = page.context().waitForEvent('page', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Cetak direktori', exact: true }).click();
    const tab = await opened;
    const text = await pdfTextAt(tab.url());
    expect(text).toContain('OMBUDSMAN REPUBLIK INDONESIA');
    expect(text).toContain('DAFTAR NARAHUBUNG (FOCAL POINT) INSTANSI MITRA');
    expect(text).toContain(`Keadaan per ${formatDateId(todayIso())}`);
    expect(text).toContain('PT Timah Tbk');
    await tab.close();
  });

  it('rotates a focal point to a new person, showing server errors on the right inputs', async () => {
    await page.getByLabel('Cari instansi atau narahubung').fill('Badan Kepegawaian');
    await expect.poll(() => rows().count()).toBe(1);
    await page.getByRole('link', { name: AGENCY }).click();
    const current = page.locator('section[aria-labelledby="agency-focal"]');
    await expect.poll(() => current.getByRole('link').count()).toBeGreaterThan(0);
    const oldName = (await current.getByRole('link').first().innerText()).trim();

    await page.getByRole('button', { name: 'Ganti narahubung' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Alasan berakhir').click();
    await page.getByRole('option', { name: 'Pensiun' }).click();
    await dialog.getByText('Orang baru').click();
    await dialog.getByLabel('Nama lengkap').fill('Rina Marlina');
    await dialog.getByLabel('Telepon/HP').fill('0812-7777-1234');
    const taken = await someNip();
    await dialog.getByLabel('NIP').fill(taken.nip);
    // Before the current focal point started: refused by the core, shown under the date.
    await dialog.getByLabel('Tanggal pergantian').fill('2001-01-01');
    await dialog.getByRole('button', { name: 'Simpan pergantian' }).click();
    await expect.poll(() => dialog.getByText('Tanggal pergantian harus sesudah tanggal mulai', { exact: false }).count()).toBe(1);
    await expect.poll(() => dialog.getByLabel('Tanggal pergantian').getAttribute('aria-invalid')).toBe('true');

    await dialog.getByLabel('Tanggal pergantian').fill(todayIso());
    await dialog.getByRole('button', { name: 'Simpan pergantian' }).click();
    // The NIP belongs to someone else: the message sits on the NIP input and nothing was saved.
    await expect.poll(() => dialog.getByText(`NIP ini sudah tercatat untuk ${taken.name}`, { exact: false }).count()).toBe(1);
    await expect.poll(() => dialog.getByLabel('NIP').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'e2e-roster-rotate-errors');

    await dialog.getByLabel('NIP').fill('');
    await dialog.getByRole('button', { name: 'Simpan pergantian' }).click();
    await expect.poll(() => dialog.getByText('menjadi narahubung utama', { exact: false }).count()).toBe(1);
    await expect.poll(() => dialog.getByRole('button', { name: 'Cetak berita acara serah terima', exact: true }).count()).toBe(1);

    // The handover record is made and handed over (in the preview: a link in a new tab).
    const opened = page.context().waitForEvent('page', { timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Cetak berita acara serah terima', exact: true }).click();
    const tab = await opened;
    expect(tab.url()).toContain('/__simpul/');
    // Read the printed sheet back: letterhead, both people, the date line in Indonesian.
    const handover = await pdfTextAt(tab.url());
    expect(handover).toContain('OMBUDSMAN REPUBLIK INDONESIA');
    expect(handover).toContain('BERITA ACARA SERAH TERIMA NARAHUBUNG');
    expect(handover).toContain('Rina Marlina');
    expect(handover).toContain(oldName);
    expect(handover).toContain(`Pangkalpinang, ${formatDateId(todayIso())}`);
    await tab.close();
    await dialog.getByRole('button', { name: 'Selesai' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Both on the timeline: the successor serving, the predecessor ended with the reason.
    const history = page.locator('section[aria-labelledby="agency-focal-history"]');
    await expect.poll(() => current.getByRole('link', { name: 'Rina Marlina', exact: true }).count()).toBe(1);
    await expect.poll(() => history.getByRole('link', { name: 'Rina Marlina', exact: true }).count()).toBe(1);
    await expect.poll(() => history.getByRole('link', { name: oldName, exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => history.getByText('Alasan berakhir: Pensiun').count()).toBe(1);
    await expect.poll(() => history.getByText(`berakhir per ${formatDateId(todayIso())}`, { exact: false }).count()).toBe(1);

    // Who was it yesterday? The predecessor.
    const yesterday = addDays(todayIso(), -1);
    await history.getByLabel('Narahubung pada tanggal').fill(yesterday);
    await expect.poll(() => history.getByText(new RegExp(`Pada ${formatDateId(yesterday)}: ${oldName}`)).count()).toBe(1);
    await screenshot(page, 'e2e-agency-focal-timeline');
    expect(pageErrors(page)).toEqual([]);
  });
});
