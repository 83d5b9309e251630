import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOperatorContext } from '../../electron/core';
import type { PreviewServer } from '../../electron/preview/server';
import { databaseChecksum, EXAMPLE_OFFICE, tempDir } from '../helpers/tempCore';
import { launchBrowser, openApp, pageErrors, screenshot, signIn, startPreview, TEST_ADMIN } from './browser';

let browser: Browser;
let office: PreviewServer;
let head: PreviewServer;
let officePage: Page;
let headPage: Page;
let headDb: string;
let archivePath = '';
const dir = tempDir('simpul-e2e-archive-');

beforeAll(async () => {
  browser = await launchBrowser();
  office = await startPreview(join(dir, 'office', 'simpul.sqlite'));
  await office.core.dispatch('system.loadDemo', undefined, localOperatorContext('test'));
  headDb = join(dir, 'head', 'simpul.sqlite');
  head = await startPreview(headDb);
  const profile = await head.core.dispatch('settings.update', { ...EXAMPLE_OFFICE, officeCode: 'PUSAT', officeName: 'Ombudsman RI Kantor Pusat' }, localOperatorContext('test'));
  if (!profile.ok) throw new Error(profile.error.message);
  officePage = await openApp(browser, office);
  headPage = await openApp(browser, head);
});
afterAll(async () => {
  await browser?.close();
  await office?.close();
  await head?.close();
});

const agencies = (dbPath: string, code: string) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM agencies WHERE office_code = ?').get(code) as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('Arsip & Cadangan in Chromium', () => {
  it('an office makes a full archive and sees it in the history', async () => {
    const p = officePage;
    await p.getByRole('link', { name: 'Arsip & Cadangan' }).first().click();
    await expect.poll(() => p.getByRole('heading', { name: 'Buat arsip untuk kantor pusat' }).count()).toBe(1);
    // Before the first export only a full one is possible.
    await expect.poll(() => p.getByLabel('Perubahan sejak ekspor terakhir').isDisabled()).toBe(true);
    await p.getByRole('button', { name: 'Buat arsip' }).click();
    const history = p.getByRole('table', { name: 'Riwayat ekspor' });
    await expect.poll(() => history.getByText('Selesai').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => p.getByRole('button', { name: 'Simpan salinan…' }).count()).toBeGreaterThan(0);
    await p.mouse.move(0, 0);
    await screenshot(p, 'e2e-archive-export');
    const done = await office.core.dispatch('archive.exports', {}, localOperatorContext('test'));
    const [latest] = done.ok ? (done.value as Array<{ fileName: string }>) : [];
    archivePath = join(office.core.paths.dataDir, 'exports', latest!.fileName);
    expect(pageErrors(p)).toEqual([]);
  });

  it('head office verifies and previews the archive without changing anything, then imports it', async () => {
    const p = headPage;
    await p.getByRole('link', { name: 'Arsip & Cadangan' }).first().click();
    await p.getByRole('tab', { name: 'Impor arsip' }).click();
    const before = databaseChecksum(headDb);
    await p.locator('input[type="file"]').setInputFiles(archivePath);
    await expect.poll(() => p.getByText(/Arsip sah/).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => p.getByRole('table', { name: 'Pratinjau penggabungan' }).getByRole('row', { name: /^agencies / }).count()).toBe(1);
    await expect.poll(() => p.getByText('Kunci belum dikenal').count()).toBe(1);
    expect(databaseChecksum(headDb)).toBe(before);
    await p.mouse.move(0, 0);
    await p.getByText(/Arsip sah/).scrollIntoViewIfNeeded();
    await p.mouse.wheel(0, 260);
    await screenshot(p, 'e2e-archive-preview');

    // An unknown key must be confirmed before the import.
    await expect.poll(() => p.getByRole('button', { name: 'Impor ke database' }).isDisabled()).toBe(true);
    await p.getByLabel('Saya sudah mencocokkan sidik kunci ini dengan kantor pengirim').check();
    await p.getByRole('button', { name: 'Impor ke database' }).click();
    await expect.poll(() => p.getByText('Arsip digabungkan').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(agencies(headDb, 'BABEL')).toBe(agencies(join(dir, 'office', 'simpul.sqlite'), 'BABEL'));
    await expect.poll(() => p.getByRole('table', { name: 'Riwayat impor' }).getByText('BABEL').count()).toBe(1);
    await p.getByText('Arsip digabungkan').last().scrollIntoViewIfNeeded();
    await screenshot(p, 'e2e-archive-imported');
    expect(pageErrors(p)).toEqual([]);
  });

  it('a tampered archive is refused with what is wrong, and the database stays as it was', async () => {
    const p = headPage;
    const bytes = readFileSync(archivePath);
    bytes[Math.floor(bytes.length / 3)]! ^= 0xff;
    const bad = join(dir, 'rusak.simpul');
    writeFileSync(bad, bytes);
    const before = databaseChecksum(headDb);
    await p.locator('input[type="file"]').setInputFiles(bad);
    // The alert's title; the message under it may repeat the words, depending on what the flipped byte broke.
    await expect.poll(() => p.getByText(/^Arsip ditolak: rusak\.simpul$/).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => p.getByText(/database tidak diubah/i).count()).toBeGreaterThan(0);
    expect(databaseChecksum(headDb)).toBe(before);
    await p.getByText(/^Arsip ditolak: rusak\.simpul$/).scrollIntoViewIfNeeded();
    await screenshot(p, 'e2e-archive-refused');
  });

  it('a backup is made on demand and listed', async () => {
    const p = officePage;
    await p.getByRole('tab', { name: 'Cadangan' }).click();
    await p.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    const list = p.getByRole('table', { name: 'Berkas cadangan' });
    await expect.poll(() => list.getByText('Harian/manual').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => p.getByText('Cadangan terlambat').count()).toBe(0);
    await p.mouse.move(0, 0);
    await list.scrollIntoViewIfNeeded();
    await screenshot(p, 'e2e-archive-backup');
    expect(pageErrors(p)).toEqual([]);
  });

  it('a new installation restores the office backup from the first-run screen (a dead disk)', async () => {
    const [backup] = readdirSync(office.core.paths.backupsDir).filter((n) => n.startsWith('simpul-backup-'));
    const freshDb = join(dir, 'fresh', 'simpul.sqlite');
    const fresh = await startPreview(freshDb);
    try {
      const p = await openApp(browser, fresh);
      await expect.poll(() => p.getByText(/Komputer lama rusak atau diganti/).count()).toBe(1);
      await p.locator('input[type="file"]').setInputFiles(join(office.core.paths.backupsDir, backup!));
      const dialog = p.getByRole('dialog');
      await expect.poll(() => dialog.getByText(/Semua perubahan sesudah cadangan/).count()).toBe(1);
      await screenshot(p, 'e2e-archive-first-run-restore');
      await dialog.getByRole('button', { name: 'Ya, pulihkan' }).click();
      await expect.poll(() => agencies(freshDb, 'BABEL'), { timeout: 20_000 }).toBe(agencies(join(dir, 'office', 'simpul.sqlite'), 'BABEL'));
      // The restored database has its own accounts: the window signs in again, then sees the office.
      await expect.poll(async () => (await p.getByRole('heading', { name: 'Masuk ke Simpul' }).count()) + (await p.getByRole('link', { name: 'Arsip & Cadangan' }).count()), { timeout: 20_000 }).toBeGreaterThan(0);
      if ((await p.getByRole('heading', { name: 'Masuk ke Simpul' }).count()) > 0) await signIn(p, TEST_ADMIN);
      await expect.poll(() => p.getByText('Ombudsman Republik Indonesia Perwakilan Provinsi Kepulauan Bangka Belitung').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await screenshot(p, 'e2e-archive-restored');
    } finally {
      await fresh.close();
    }
  });
});
