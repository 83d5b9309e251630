import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { caseEditableFields } from '../../shared/contract/cases';
import { addDays } from '../../shared/dates';
import { TestClock } from '../helpers/cases';
import { readPdf } from '../helpers/pdfText';
import { b64, sample } from '../helpers/sampleFiles';
import { makeUser, PASSWORDS } from '../helpers/sessions';
import { openTempCore, type TempCore } from '../helpers/tempCore';
import { launchBrowser, openApp, pageErrors, RENDERER_DIR, screenshot, TEST_ADMIN } from './browser';

/**
 * The complaint register in Chromium against the real core, with the core's clock in the
 * test's hand: register, forward, see it overdue after the clock moves, print the
 * clarification letter and read it back, close it; and a confidential reporter's name never
 * shown where it must not be (list, case page without the grant, the printed letter).
 */
const START = '2025-06-02';
const clock = new TestClock(START);
let browser: Browser;
let t: TempCore;
let preview: PreviewServer;
let page: Page;

const REPORTER = 'Hartini Wulandari';
const SECRET = 'Sutrisno Hadiwijaya';
const SUMMARY = 'Bantuan sosial lansia tidak disalurkan tiga bulan tanpa kejelasan';
let agency: { id: string; label: string; name: string };
let focalName = '';
let caseNumber = '';
let caseUrl = '';
let secretUrl = '';

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openTempCore({ now: clock.now });
  await t.must('auth.setupAdmin', TEST_ADMIN);
  await t.must('system.loadDemo');
  preview = await startPreviewServer({ core: t.core, dbPath: t.dbPath, rendererDir: RENDERER_DIR });
  // A demo agency whose focal point serves today, to forward to.
  const roster = await t.must('roster.list', { search: 'Dinas Sosial Kota', pageSize: 50 });
  const row = roster.items.find((r) => r.primary && r.primary.person.whatsapp);
  if (!row) throw new Error('demo has no social affairs office with a focal point');
  agency = { id: row.agencyId, name: row.agencyName, label: row.agencyShortName || row.agencyName };
  focalName = row.primary!.person.name;
  page = await openApp(browser, preview, { login: TEST_ADMIN });
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
  await t?.cleanup();
});

/** Fetches a document the preview handed over and returns its text (pdf.js). */
async function pdfTextAt(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  const pages = await readPdf(new Uint8Array(await res.arrayBuffer()));
  return pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ');
}

/** Picks an option of a Mantine select by its label (a required field's label ends with "*"). */
async function pickOption(p: Page, label: string, option: string | RegExp, type?: string) {
  const input = p.getByLabel(new RegExp(`^${label}`)).first();
  if (type) await input.fill(type);
  else await input.click();
  await p.getByRole('option', { name: option }).first().click();
}

describe('complaint register in Chromium', () => {
  it('opens the register from the menu with the demo cases', async () => {
    await page.getByRole('link', { name: 'Laporan Masyarakat' }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Laporan Masyarakat' }).count()).toBe(1);
    await expect.poll(() => page.locator('table tbody tr[data-case]').count()).toBeGreaterThan(5);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-cases-list');
  });

  it('registers a complaint with the intake form', async () => {
    await page.getByRole('link', { name: 'Catat laporan' }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Catat laporan masyarakat' }).count()).toBe(1);
    // Nothing filled: the form names what is missing, nothing is saved.
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect.poll(() => page.getByLabel('Nama pelapor').getAttribute('aria-invalid')).toBe('true');

    await pickOption(page, 'Saluran', 'Datang langsung');
    await page.getByLabel('Nama pelapor').fill(REPORTER);
    await page.getByLabel('Telepon/HP').fill('0812-7788-9900');
    await pickOption(page, 'Instansi terlapor', agency.label, agency.label.slice(0, 12));
    await page.getByLabel('Unit terlapor').fill('Bidang Perlindungan dan Jaminan Sosial');
    await pickOption(page, 'Substansi', 'Jaminan Sosial');
    await pickOption(page, 'Bentuk maladministrasi', 'Penundaan berlarut');
    await page.getByLabel('Ringkasan laporan').fill(SUMMARY);
    await page.getByLabel('Kronologi').fill('Nama ibu pelapor tercantum sebagai penerima bantuan, namun sejak Maret bantuan tidak diterima dan petugas hanya meminta menunggu.');
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect.poll(() => page.getByText(/Laporan .+ dicatat/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/\/LM\//);
    caseNumber = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    caseUrl = page.url();
    await expect.poll(() => page.getByText(REPORTER).count()).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it('hints at the earlier similar case for the same agency while the summary is typed', async () => {
    await page.getByRole('link', { name: 'Laporan Masyarakat' }).first().click();
    await page.getByRole('link', { name: 'Catat laporan' }).first().click();
    await pickOption(page, 'Saluran', 'Telepon');
    await page.getByLabel('Nama pelapor').fill('Rudi Hartono');
    await pickOption(page, 'Instansi terlapor', agency.label, agency.label.slice(0, 12));
    await pickOption(page, 'Substansi', 'Jaminan Sosial');
    await page.getByLabel('Ringkasan laporan').fill('Bantuan sosial lansia di kelurahan kami tidak disalurkan sejak tiga bulan');
    const hints = page.locator('section[aria-labelledby="case-hints-title"]');
    await expect.poll(() => hints.getByText(caseNumber).count()).toBe(1);
    await page.mouse.wheel(0, -5000);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-cases-intake');
    // Leaving without saving: nothing is registered.
    await page.getByRole('link', { name: 'Batal' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Laporan Masyarakat' }).count()).toBe(1);
    await page.goto(caseUrl);
  });

  it('forwards it to the agency, stamping the focal point of the day', async () => {
    await page.getByRole('button', { name: 'Teruskan ke instansi' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText('Narahubung yang akan dicatat').count()).toBe(1);
    await expect.poll(() => dialog.getByText(focalName, { exact: true }).count()).toBe(1);
    // Still in intake: forwarding offers to move the case into examination, ticked.
    const advance = dialog.getByRole('checkbox', { name: 'Pindahkan laporan ke tahap Pemeriksaan pada tanggal yang sama' });
    await expect.poll(() => advance.isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Teruskan', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.locator('[data-kind="stage_change"]').getByText('Tahap: Pemeriksaan').count()).toBe(1);
    const agencyCard = page.locator('section[aria-labelledby="case-agency"]');
    await expect.poll(() => agencyCard.getByText('Narahubung saat diteruskan').count()).toBe(1);
    await expect.poll(() => agencyCard.getByRole('link', { name: focalName, exact: true }).count()).toBe(1);
    await expect.poll(() => page.locator('[data-kind="forwarded"]').count()).toBe(1);
  });

  it('prints the clarification letter, numbered, addressed through the focal point, and starts its clock', async () => {
    await page.getByRole('button', { name: 'Cetak' }).click();
    await page.getByRole('menuitem', { name: 'Surat permintaan klarifikasi…' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText(/Batas jawaban yang dicetak/).count()).toBe(1);
    const opened = page.context().waitForEvent('page', { timeout: 20_000 });
    await dialog.getByRole('button', { name: 'Cetak surat' }).click();
    const tab = await opened;
    const text = await pdfTextAt(tab.url());
    await tab.close();
    expect(text).toContain('OMBUDSMAN REPUBLIK INDONESIA');
    expect(text).toContain('Permintaan Klarifikasi');
    expect(text).toContain(caseNumber);
    expect(text).toContain(`u.p. ${focalName}`);
    expect(text).toContain(REPORTER);
    expect(text).toContain(SUMMARY);
    const deadlines = page.locator('section[aria-labelledby="case-deadlines"]');
    await expect.poll(() => deadlines.getByText('Jawaban instansi atas permintaan klarifikasi').count()).toBe(1);
    await expect.poll(() => page.locator('[data-kind="letter_sent"]').getByRole('button', { name: 'Buka surat' }).count()).toBe(1);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-cases-detail');
  });

  it('shows the case overdue after the clock moves past the reply deadline', async () => {
    clock.set(addDays(START, 35));
    // A month later the old session has expired: sign in again, as a clerk would.
    await page.context().close();
    page = await openApp(browser, preview, { login: TEST_ADMIN });
    await page.goto(caseUrl);
    const deadlines = page.locator('section[aria-labelledby="case-deadlines"]');
    await expect.poll(() => deadlines.locator('[data-clock="overdue"]').count()).toBeGreaterThan(0);
    await expect.poll(() => deadlines.getByText(/Lewat \d+ hari kerja/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-due="overdue"]').count()).toBe(1);

    // The register's "Lewat tenggat" card lists it.
    await page.getByRole('link', { name: 'Laporan Masyarakat' }).first().click();
    await page.getByRole('button', { name: /^[\d.]+ Lewat tenggat$/ }).click();
    await page.getByLabel('Cari laporan').fill(caseNumber);
    await expect.poll(() => page.locator('tbody tr[data-case]').count()).toBe(1);
    await expect.poll(() => page.locator('tbody tr[data-case] [data-due="overdue"]').count()).toBe(1);

    // Beranda: the agency is among the overdue ones, with its focal point to call.
    await page.getByRole('link', { name: 'Beranda' }).first().click();
    const overdue = page.locator('section[aria-labelledby="home-overdue"]');
    await expect.poll(() => overdue.locator(`tr[data-agency="${agency.id}"]`).getByText(focalName).count()).toBe(1);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-cases-dashboard');
    // The WhatsApp reminder lists the case and never a reporter.
    await overdue.locator(`tr[data-agency="${agency.id}"]`).getByRole('button', { name: 'Pengingat' }).click();
    const text = await page.getByRole('dialog').getByLabel('Teks pesan').inputValue();
    expect(text).toContain(caseNumber);
    expect(text).not.toContain(REPORTER);
    await expect.poll(() => page.getByRole('dialog').getByRole('link', { name: 'Buka WhatsApp' }).getAttribute('href')).toMatch(/^https:\/\/wa\.me\/62/);
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).first().click();
  });

  it("records the agency's late reply with its scan, which stops the clock", async () => {
    await page.goto(caseUrl);
    await page.getByRole('button', { name: 'Tambah catatan' }).click();
    const dialog = page.getByRole('dialog');
    await pickOption(page, 'Jenis', 'Tanggapan diterima');
    await expect.poll(() => dialog.getByLabel(/^Judul/).inputValue()).toBe('Tanggapan instansi diterima');
    await dialog.getByLabel('Uraian').fill('Dinas menyampaikan bahwa bantuan tertunda karena pemutakhiran data penerima.');
    await dialog.getByRole('button', { name: 'Simpan catatan' }).click();
    // Saved: the dialog stays open for the files.
    await expect.poll(() => dialog.getByText(/tersimpan\. Lampirkan berkasnya/).count()).toBe(1);
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'Tanggapan Dinsos.pdf', mimeType: 'application/pdf', buffer: sample.pdf('tanggapan dinsos') });
    await expect.poll(() => dialog.getByRole('button', { name: 'Buka Tanggapan Dinsos.pdf' }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Selesai' }).click();
    const reply = page.locator('[data-kind="reply_received"]');
    await expect.poll(() => reply.getByRole('button', { name: '1 lampiran' }).count()).toBe(1);
    const deadlines = page.locator('section[aria-labelledby="case-deadlines"]');
    await deadlines.getByRole('button', { name: /Tenggat yang sudah selesai/ }).click();
    await expect.poll(() => deadlines.locator('[data-clock="metLate"]').getByText('Jawaban instansi atas permintaan klarifikasi').count()).toBe(1);
  });

  it('closes the case only with an outcome and a reason', async () => {
    await page.goto(caseUrl);
    await page.getByRole('button', { name: 'Ubah tahap' }).click();
    const dialog = page.getByRole('dialog');
    await pickOption(page, 'Tahap baru', 'Ditutup');
    await expect.poll(() => dialog.getByText(/Menutup laporan menghentikan semua tenggat/).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Tutup laporan' }).click();
    await expect.poll(() => dialog.getByText('Pilih hasil akhir sebelum menutup laporan.').count()).toBe(1);
    await expect.poll(() => dialog.getByText('Tuliskan alasan penutupan laporan.').count()).toBe(1);
    await pickOption(page, 'Hasil akhir', 'Tidak ditemukan maladministrasi');
    await dialog.getByLabel(/^Alasan penutupan/).fill('Bantuan telah disalurkan; instansi menyampaikan bukti penyaluran.');
    await dialog.getByRole('button', { name: 'Tutup laporan' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.locator('section[aria-labelledby="case-closure"]').getByText('Tidak ditemukan maladministrasi').count()).toBe(1);
    await expect.poll(() => page.locator('section[aria-labelledby="case-deadlines"]').getByText('Laporan ditutup; semua tenggat berhenti.').count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('a confidential reporter in Chromium', () => {
  const SECRET_PHONE = '0813-1111-2222';
  const SECRET_SUMMARY = 'Pungutan uang seragam di SMP negeri saat daftar ulang';
  const html = async (p: Page) => (await p.content()).toLowerCase();

  it('registers a confidential complaint; without the grant the case page shows it masked', async () => {
    await page.getByRole('link', { name: 'Laporan Masyarakat' }).first().click();
    await page.getByRole('link', { name: 'Catat laporan' }).first().click();
    await page.getByRole('switch', { name: 'Rahasiakan identitas pelapor' }).check({ force: true });
    await expect.poll(() => page.getByText(/Jangan menulis nama, nomor telepon atau NIK pelapor/).count()).toBe(1);
    await pickOption(page, 'Saluran', 'WhatsApp');
    await page.getByLabel('Nama pelapor').fill(SECRET);
    await page.getByLabel('Telepon/HP').fill(SECRET_PHONE);
    await page.getByLabel('NIK / nomor identitas').fill('1971012345670001');
    await pickOption(page, 'Instansi terlapor', 'Disdik Pangkalpinang', 'Disdik');
    await pickOption(page, 'Substansi', 'Pendidikan');
    await pickOption(page, 'Bentuk maladministrasi', /Permintaan imbalan/);
    await page.getByLabel('Ringkasan laporan').fill(SECRET_SUMMARY);
    await page.getByLabel('Kronologi').fill('Orang tua siswa diminta membayar uang seragam sebagai syarat daftar ulang.');
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/\/LM\//);
    secretUrl = page.url();
    await expect.poll(() => page.getByTestId('reporter-masked').count()).toBe(1);
    await expect.poll(() => page.getByText('Rahasia', { exact: true }).count()).toBeGreaterThan(0);
    expect(await html(page)).not.toContain(SECRET.toLowerCase());
    expect(await html(page)).not.toContain('1111-2222');
  });

  it('lists it as masked, and its name finds nothing for a user without the grant', async () => {
    await page.getByRole('link', { name: 'Laporan Masyarakat' }).first().click();
    await page.getByLabel('Cari laporan').fill('seragam daftar ulang');
    await expect.poll(() => page.locator('tbody tr[data-case]').count()).toBe(1);
    await expect.poll(() => page.locator('tbody tr[data-case]').getByText('Identitas dirahasiakan').count()).toBe(1);
    expect(await html(page)).not.toContain(SECRET.toLowerCase());
    await page.getByLabel('Cari laporan').fill(SECRET);
    await expect.poll(() => page.getByText('Tidak ada laporan yang cocok').count()).toBe(1);
  });

  it('prints the clarification letter without the identity', async () => {
    await page.goto(secretUrl);
    await page.getByRole('button', { name: 'Cetak' }).click();
    await page.getByRole('menuitem', { name: 'Surat permintaan klarifikasi…' }).click();
    const opened = page.context().waitForEvent('page', { timeout: 20_000 });
    await page.getByRole('dialog').getByRole('button', { name: 'Cetak surat' }).click();
    const tab = await opened;
    const text = await pdfTextAt(tab.url());
    await tab.close();
    expect(text).toContain(SECRET_SUMMARY);
    expect(text).toContain('identitas pelapornya dirahasiakan');
    expect(text.toLowerCase()).not.toContain('sutrisno');
    expect(text).not.toContain('1111');
  });

  it('stops printing while the name sits in the case text, and says where until it is fixed', async () => {
    const id = secretUrl.split('/laporan/')[1]!;
    const c = await t.must('cases.get', { id });
    await t.must('cases.update', { ...caseEditableFields(c), chronology: `Pelapor ${SECRET} menyampaikan bahwa orang tua siswa diminta membayar uang seragam.` });
    await page.goto(secretUrl);
    await page.reload();
    const alert = page.getByTestId('leak-alert');
    await expect.poll(() => alert.getByText('Kronologi: nama pelapor').count()).toBe(1);
    // The warning names the place, never the identity.
    expect((await alert.innerText()).toLowerCase()).not.toContain('sutrisno');
    await page.getByRole('button', { name: 'Cetak' }).click();
    await expect.poll(() => page.getByRole('menuitem', { name: 'Berkas laporan (PDF)' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await screenshot(page, 'e2e-cases-leak');

    await alert.getByRole('button', { name: 'Perbaiki' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('Kronologi').fill('Orang tua siswa diminta membayar uang seragam sebagai syarat daftar ulang.');
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByTestId('leak-alert').count()).toBe(0);

    const opened = page.context().waitForEvent('page', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Cetak' }).click();
    await page.getByRole('menuitem', { name: 'Berkas laporan (PDF)' }).click();
    const tab = await opened;
    const text = await pdfTextAt(tab.url());
    await tab.close();
    expect(text).toContain(SECRET_SUMMARY);
    expect(text.toLowerCase()).not.toContain('sutrisno');
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows the identity to a staff member granted the right, and masks it for a viewer', async () => {
    // The reporter's ID card scan: its name alone gives the reporter away.
    await t.must('attachments.add', { entity: 'case', entityId: secretUrl.split('/laporan/')[1]!, fileName: `KTP ${SECRET}.pdf`, base64: b64(sample.pdf('ktp')) });
    await makeUser(t, 'staff', 'staf.rahasia', { canSeeConfidential: true });
    const staff = await openApp(browser, preview, { login: { username: 'staf.rahasia', password: PASSWORDS.staff } });
    await staff.goto(secretUrl.replace(/^.*#/, `${staff.url().split('#')[0]}#`));
    const reporter = staff.locator('section[aria-labelledby="case-reporter"]');
    await expect.poll(() => reporter.getByText(SECRET).count()).toBe(1);
    await expect.poll(() => reporter.getByText(/Identitas ini rahasia/).count()).toBe(1);
    await expect.poll(() => staff.getByRole('button', { name: `Buka KTP ${SECRET}.pdf` }).count()).toBe(1);
    await staff.context().close();

    await makeUser(t, 'viewer', 'pembaca.uji');
    const viewer = await openApp(browser, preview, { login: { username: 'pembaca.uji', password: PASSWORDS.viewer } });
    await viewer.goto(secretUrl.replace(/^.*#/, `${viewer.url().split('#')[0]}#`));
    await expect.poll(() => viewer.getByTestId('reporter-masked').count()).toBe(1);
    // The file is there, without its name, and cannot be opened.
    await expect.poll(() => viewer.getByText('Berkas dirahasiakan', { exact: true }).count()).toBe(1);
    await viewer.getByText('Berkas dirahasiakan', { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(viewer, 'e2e-cases-viewer-restricted-file');
    expect((await viewer.content()).toLowerCase()).not.toContain('sutrisno');
    // Read-only: no stage change, no intake.
    expect(await viewer.getByRole('button', { name: 'Ubah tahap' }).count()).toBe(0);
    await viewer.getByRole('link', { name: 'Laporan Masyarakat' }).first().click();
    await expect.poll(() => viewer.locator('tbody tr[data-case]').count()).toBeGreaterThan(0);
    expect(await viewer.getByRole('link', { name: 'Catat laporan' }).count()).toBe(0);
    expect((await viewer.content()).toLowerCase()).not.toContain('sutrisno');
    expect(pageErrors(viewer)).toEqual([]);
    await viewer.context().close();
  });
});

describe('complaint settings in Chromium', () => {
  it('adds a subject to the master data', async () => {
    await page.getByRole('link', { name: 'Laporan Masyarakat' }).first().click();
    await page.getByRole('link', { name: 'Pengaturan laporan' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Data induk', selected: true }).count()).toBe(1);
    await page.getByRole('tab', { name: /^Substansi/ }).click();
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Nama/).fill('Pertambangan');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('table').getByText('Pertambangan', { exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-cases-master');
  });

  it('changes a deadline rule', async () => {
    await page.getByRole('tab', { name: 'Aturan tenggat' }).click();
    await page.getByRole('button', { name: 'Ubah Jawaban instansi atas surat pengingat' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Jumlah hari/).fill('10');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Jawaban instansi atas surat pengingat/ }).getByText('10 hari kerja').count()).toBe(1);
  });

  it('keeps the working-day calendar: seed the year, correct a date, import office days off', async () => {
    await page.getByRole('tab', { name: 'Kalender kerja' }).click();
    await expect.poll(() => page.locator('tr[data-day]').count()).toBeGreaterThan(5);
    if ((await page.getByRole('button', { name: /^Muat hari libur/ }).count()) > 0) {
      await page.getByRole('button', { name: /^Muat hari libur/ }).click();
      await expect.poll(() => page.getByRole('button', { name: /^Muat hari libur/ }).count()).toBe(0);
    }
    // The office works on a collective leave day after all.
    const first = page.locator('tr[data-day]').first();
    const date = await first.getAttribute('data-day');
    await first.getByRole('button', { name: /^Koreksi/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('switch', { name: 'Kantor libur pada tanggal ini' }).uncheck({ force: true });
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.locator(`tr[data-day="${date}"]`).getByText('Kantor tetap bekerja').count()).toBe(1);

    await page.getByRole('button', { name: 'Impor CSV' }).click();
    const csv = 'tanggal;nama;jenis\n2025-11-21;HUT Provinsi Kepulauan Bangka Belitung;libur_kantor\n2025-13-01;Salah;cuti_bersama\n';
    await page.getByRole('dialog').locator('input[type="file"]').setInputFiles({ name: 'cuti.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByRole('dialog').getByText('1 salah').count()).toBe(1);
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Simpan semua baris' }).isDisabled()).toBe(true);
    await page.getByRole('dialog').locator('input[type="file"]').setInputFiles({ name: 'libur-kantor.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.split('\n').slice(0, 2).join('\n')) });
    await expect.poll(() => page.getByRole('dialog').getByText('1 baru').count()).toBe(1);
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan semua baris' }).click();
    await expect.poll(() => page.locator('tr[data-day="2025-11-21"]').getByText('HUT Provinsi Kepulauan Bangka Belitung').count()).toBe(1);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-cases-calendar');
    expect(pageErrors(page)).toEqual([]);
  });

  it('reserves a register number for a paper form and uses it at intake', async () => {
    await page.getByRole('tab', { name: 'Penomoran & target' }).click();
    await page.getByRole('button', { name: 'Cadangkan nomor' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Alasan/).fill('Formulir pengaduan kertas di loket');
    await dialog.getByRole('button', { name: 'Cadangkan nomor' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Dicadangkan/ }).count()).toBe(1);
    const reservedNumber = (await page.getByRole('row', { name: /Dicadangkan/ }).locator('td').first().innerText()).trim();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.mouse.move(0, 0);
    await screenshot(page, 'e2e-cases-numbers');

    await page.getByRole('link', { name: 'Laporan Masyarakat' }).first().click();
    await page.getByRole('link', { name: 'Catat laporan' }).first().click();
    await pickOption(page, 'Nomor register', reservedNumber, undefined);
    await pickOption(page, 'Saluran', 'Surat');
    await page.getByLabel('Nama pelapor').fill('Yohanes Simanjuntak');
    await pickOption(page, 'Instansi terlapor', agency.label, agency.label.slice(0, 12));
    await pickOption(page, 'Substansi', 'Jaminan Sosial');
    await pickOption(page, 'Bentuk maladministrasi', 'Tidak memberikan pelayanan');
    await page.getByLabel('Ringkasan laporan').fill('Kartu jaminan kesehatan daerah tidak diterbitkan');
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(reservedNumber);
    expect(pageErrors(page)).toEqual([]);
  });
});
