import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOperatorContext } from '../../electron/core';
import type { PreviewServer } from '../../electron/preview/server';
import type { SimpulApi } from '../../shared/contract';
import type { UserDto } from '../../shared/dto';
import { databaseChecksum, tempDir } from '../helpers/tempCore';
import { launchBrowser, openApp, pageErrors, screenshot, signIn, startPreview, TEST_ADMIN } from './browser';

/** Sign-in, roles, the idle lock and the audit viewer, in Chromium against the real core. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const VIEWER = { username: 'pembaca.uji', fullName: 'Pembaca Uji', password: 'kunci-pembaca-e2e-1' };

async function createUser(preview: PreviewServer, role: 'staff' | 'viewer', login: typeof VIEWER): Promise<void> {
  const ctx = localOperatorContext('test');
  const created = await preview.core.dispatch('users.create', { username: login.username, fullName: login.fullName, role, password: login.password }, ctx);
  if (!created.ok) throw new Error(created.error.message);
  await preview.core.dispatch('users.resetPassword', { id: (created.value as UserDto).id, newPassword: login.password, mustChange: false }, ctx);
}

const heading = (page: Page, name: string) => page.getByRole('heading', { name });

describe('first start', () => {
  it('asks for the administrator before anything else, then offers the start options', async () => {
    const dbPath = join(tempDir('simpul-e2e-'), 'simpul.sqlite');
    const preview = await startPreview(dbPath, { admin: false });
    try {
      const page = await openApp(browser, preview, { login: false });
      await expect.poll(() => heading(page, 'Buat akun administrator').count()).toBe(1);
      await screenshot(page, 'e2e-auth-setup-admin');
      await page.getByLabel('Nama lengkap').fill('Kepala Sekretariat');
      await page.getByLabel('Nama pengguna').fill('sekretariat');
      await page.getByLabel(/^Kata sandi/).fill('pendek');
      await page.getByLabel('Ulangi kata sandi').fill('lain');
      const before = databaseChecksum(dbPath);
      await page.getByRole('button', { name: 'Buat administrator' }).click();
      await expect.poll(() => page.getByText('Kata sandi minimal 10 karakter').count()).toBeGreaterThan(0);
      expect(databaseChecksum(dbPath)).toBe(before);
      await page.getByLabel(/^Kata sandi/).fill('satu kalimat yang panjang');
      await page.getByLabel('Ulangi kata sandi').fill('satu kalimat yang panjang');
      await page.getByRole('button', { name: 'Buat administrator' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Mulai kosong' }).count()).toBe(1);
      await expect.poll(() => page.getByRole('button', { name: 'Muat data contoh' }).count()).toBe(1);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await preview.close();
    }
  });
});

describe('signed in', () => {
  let preview: PreviewServer;
  beforeAll(async () => {
    preview = await startPreview(join(tempDir('simpul-e2e-'), 'simpul.sqlite'));
    await preview.core.dispatch('system.loadDemo', undefined, localOperatorContext('test'));
    await createUser(preview, 'viewer', VIEWER);
  });
  afterAll(async () => preview?.close());

  it('says so when the password is wrong, then signs in and shows the user in the header', async () => {
    const page = await openApp(browser, preview, { login: false });
    await expect.poll(() => heading(page, 'Masuk ke Simpul').count()).toBe(1);
    await page.getByLabel('Nama pengguna').fill(TEST_ADMIN.username);
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByText('Nama pengguna atau kata sandi salah.').count()).toBe(1);
    await screenshot(page, 'e2e-auth-login-failed');
    // The count's first wait is one second.
    await page.waitForTimeout(1100);
    await signIn(page, TEST_ADMIN);
    await expect.poll(() => page.getByRole('button', { name: `Menu pengguna ${TEST_ADMIN.fullName}` }).count()).toBe(1);
    await screenshot(page, 'e2e-auth-signed-in');
    expect(pageErrors(page)).toEqual([]);
  });

  it('hides user management from a viewer and refuses a forced change with a clear message', async () => {
    const page = await openApp(browser, preview, { login: VIEWER });
    await expect.poll(() => page.getByRole('link', { name: 'Instansi & Narahubung' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Pengaturan' }).count()).toBe(0);

    await page.goto(`${preview.origin}/#/pengaturan/pengguna`);
    await expect.poll(() => page.getByText('Bagian ini hanya dapat dibuka oleh admin kantor.', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Tambah pengguna' }).count()).toBe(0);
    await screenshot(page, 'e2e-auth-viewer-not-allowed');

    // Straight through the bridge, past any UI: dispatch refuses.
    const forced = await page.evaluate(() => (globalThis as unknown as { api: SimpulApi }).api.users.create({ username: 'penyusup', fullName: 'Penyusup', role: 'admin', password: 'kunci-penyusup-1' }));
    expect(forced).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Anda tidak memiliki hak untuk tindakan ini.' } });

    // The register offers a viewer nothing to change.
    await page.getByRole('link', { name: 'Instansi & Narahubung' }).first().click();
    await page.getByRole('tab', { name: 'Daftar instansi' }).click();
    await expect.poll(() => page.getByLabel('Cari instansi').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Tambah instansi' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Tindakan' }).first().click();
    await expect.poll(() => page.getByRole('menuitem', { name: 'Lihat rincian' }).count()).toBe(1);
    expect(await page.getByRole('menuitem', { name: 'Ubah' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    // Forced anyway, a change is refused by the core with the message the page shows.
    const before = databaseChecksum(preview.core.dbPath);
    const groups = (await page.evaluate(() => (globalThis as unknown as { api: SimpulApi }).api.agencyGroups.list())) as { ok: true; value: Array<{ id: string }> };
    const create = await page.evaluate((groupId) => (globalThis as unknown as { api: SimpulApi }).api.agencies.create({ name: 'Dinas Coba Pembaca', groupId }), groups.value[0]!.id);
    expect(create).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Anda tidak memiliki hak untuk tindakan ini.' } });
    expect(databaseChecksum(preview.core.dbPath)).toBe(before);
    await screenshot(page, 'e2e-auth-viewer-forbidden');
  });

  it('locks after the idle time and unlocks with the same user\'s password, keeping the page', async () => {
    const page = await openApp(browser, preview);
    await page.clock.install();
    await page.getByRole('link', { name: 'MoU & Pendampingan' }).first().click();
    await expect.poll(() => heading(page, 'MoU & Pendampingan').count()).toBe(1);
    // The idle timer running since load uses the real clock: one second on the fake clock
    // lets the next pointer move (not throttled as a burst) restart it on the fake one.
    await page.clock.fastForward(1000);
    await page.mouse.move(300, 300);
    await page.mouse.move(310, 310);
    await page.clock.fastForward('16:00');
    await expect.poll(() => heading(page, 'Layar terkunci').count()).toBe(1);
    // The core refuses as well: the lock is not only in the page.
    const refused = await page.evaluate(() => (globalThis as unknown as { api: SimpulApi }).api.agencies.list({}));
    expect(refused).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    await screenshot(page, 'e2e-auth-locked');
    const lockDialog = page.getByRole('dialog', { name: 'Layar terkunci' });
    await lockDialog.getByLabel('Kata sandi').fill('salah-kata-sandi');
    await lockDialog.getByRole('button', { name: 'Buka kunci' }).click();
    await expect.poll(() => page.getByText('Kata sandi salah.').count()).toBe(1);
    // The core counts the failure in real time: the next try waits one second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await lockDialog.getByLabel('Kata sandi').fill(TEST_ADMIN.password);
    await lockDialog.getByRole('button', { name: 'Buka kunci' }).click();
    await expect.poll(() => heading(page, 'Layar terkunci').count()).toBe(0);
    await expect.poll(() => heading(page, 'MoU & Pendampingan').count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows an administrator\'s change in the audit viewer with before and after, and the chain intact', async () => {
    const page = await openApp(browser, preview);
    await page.getByRole('link', { name: 'Pengaturan' }).first().click();
    await page.getByRole('tab', { name: 'Pengguna' }).click();
    await expect.poll(() => page.getByRole('cell', { name: VIEWER.username }).count()).toBe(1);
    await screenshot(page, 'e2e-auth-users');
    await page.getByRole('button', { name: `Tindakan untuk ${VIEWER.fullName}` }).click();
    await page.getByRole('menuitem', { name: 'Ubah' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('Nama lengkap').fill('Pembaca Uji Diganti');
    await drawer.getByRole('radio', { name: 'Staf' }).check();
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByText('Pembaca Uji Diganti').count()).toBeGreaterThan(0);

    await page.getByRole('tab', { name: 'Jejak audit' }).click();
    await page.getByRole('combobox', { name: 'Pengguna', exact: true }).click();
    await page.getByRole('option', { name: TEST_ADMIN.fullName }).click();
    await page.getByRole('combobox', { name: 'Tindakan', exact: true }).click();
    await page.getByRole('option', { name: 'update', exact: true }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'user', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: /Lihat entri #/ }).first().click();
    const entry = page.getByRole('dialog');
    await expect.poll(() => entry.getByText('Pembaca Uji Diganti').count()).toBe(1);
    await expect.poll(() => entry.getByRole('cell', { name: 'Pembaca Uji', exact: true }).count()).toBe(1);
    await expect.poll(() => entry.getByRole('cell', { name: 'staff', exact: true }).count()).toBe(1);
    await page.waitForTimeout(400); // the drawer's slide-in
    await screenshot(page, 'e2e-auth-audit-entry');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Periksa keutuhan' }).click();
    await expect.poll(() => page.getByText('Jejak audit utuh', { exact: false }).count()).toBe(1);
    await screenshot(page, 'e2e-auth-audit-verified');
    expect(pageErrors(page)).toEqual([]);
  });

  it('signs out from the header menu', async () => {
    const page = await openApp(browser, preview);
    await page.getByRole('button', { name: `Menu pengguna ${TEST_ADMIN.fullName}` }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await expect.poll(() => heading(page, 'Masuk ke Simpul').count()).toBe(1);
    const after = await page.evaluate(() => (globalThis as unknown as { api: SimpulApi }).api.agencies.list({}));
    expect(after).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
