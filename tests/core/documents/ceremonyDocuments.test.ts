import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GeneratedDocumentDto } from '../../../shared/dto';
import { createPlan, invitationOf, meeting, POINTS, seedCeremony, type Ceremony } from '../../helpers/ceremony';
import { flat, readPdf, type PdfPage } from '../../helpers/pdfText';
import { EXAMPLE_OFFICE, openTempCore, type TempCore } from '../../helpers/tempCore';

let t: TempCore;
let c: Ceremony;
const clock = new Date('2025-11-22T05:00:00Z');
const A4 = { width: 595.28, height: 841.89 };
const F4 = { width: 609.45, height: 935.43 };

beforeEach(async () => {
  t = await openTempCore({ now: () => clock });
  c = await seedCeremony(t);
});
afterEach(async () => t.cleanup());

async function pdfOf(doc: GeneratedDocumentDto): Promise<{ path: string; pages: PdfPage[] }> {
  let path = '';
  const host = { deliverFile: async (file: { path: string; fileName: string }) => ((path = file.path), { outcome: 'opened' as const, fileName: file.fileName }) };
  const r = await t.call('documents.deliver', { id: doc.id, mode: 'open' }, { ...t.ctx, host });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { path, pages: await readPdf(readFileSync(path)) };
}

const textOf = (pages: PdfPage[]) => flat(pages.map((p) => p.text).join('\n'));

/** Decodes the QR code on a page the way a scanner would see the printed sheet (150 dpi, grey). */
function qrOnPage(pdfPath: string, page: number): string | null {
  const out = join(t.dir, `qr-${page}`);
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, out]);
  const pgm = readFileSync(`${out}.pgm`);
  const header = pgm.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) rgba.set([pixels[i]!, pixels[i]!, pixels[i]!, 255], i * 4);
  return jsQR(rgba, w, h)?.data ?? null;
}

async function setPaper(paperSize: 'A4' | 'F4', headNip = '') {
  const s = (await t.must('settings.get'))!;
  await t.must('settings.update', { ...EXAMPLE_OFFICE, paperSize, headNip, expectedUpdatedAt: s.updatedAt });
}

describe('commitment sheets', () => {
  it('prints one sheet on A4 with the wording, points, signatures, date line and a scannable code', async () => {
    const plan = await createPlan(t, [c.bateng.id]);
    const [item] = (await t.must('actionPlans.board', { planId: plan.id })).items;
    const doc = await t.must('commitments.print', { id: item!.id });
    const { path, pages } = await pdfOf(doc);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo(A4.width, 1);
    expect(pages[0]!.height).toBeCloseTo(A4.height, 1);
    const text = textOf(pages);
    for (const expected of [
      'OMBUDSMAN REPUBLIK INDONESIA',
      'LEMBAR KOMITMEN',
      'RENCANA AKSI FOCAL POINT TAHUN 2025',
      'untuk dan atas nama Pemerintah Kabupaten Bangka Tengah',
      'Ombudsman Republik Indonesia Perwakilan Provinsi Kepulauan Bangka Belitung',
      'meliputi 3 (tiga) butir',
      'Pangkalpinang, 20 November 2025',
      'Kepala Perwakilan Ombudsman Republik Indonesia Provinsi Kepulauan Bangka Belitung',
      'Hendra Saputra',
      `Kode lembar: ${item!.code}`,
      ...POINTS.map((p) => flat(p)),
    ]) {
      expect(text).toContain(expected);
    }
    // No NIP line for a signatory without one; no page number on a one-page sheet.
    expect(text).not.toContain('NIP.');
    expect(text).not.toContain('Halaman');
    expect(qrOnPage(path, 1)).toBe(item!.code);
  });

  it('prints on F4 when the office says so, with NIP only where present', async () => {
    await setPaper('F4', '197805122005011003');
    const plan = await createPlan(t, [c.pemprov.id]);
    const [item] = (await t.must('actionPlans.board', { planId: plan.id })).items;
    await t.must('commitments.update', { id: item!.id, signatoryName: 'Dr. Hidayat Arsani, S.E., M.M.', signatoryPosition: 'Gubernur Kepulauan Bangka Belitung', signatoryNip: '' });
    const { pages } = await pdfOf(await t.must('commitments.print', { id: item!.id }));
    expect(pages[0]!.width).toBeCloseTo(F4.width, 1);
    expect(pages[0]!.height).toBeCloseTo(F4.height, 1);
    const text = textOf(pages);
    expect(text).toContain('Dr. Hidayat Arsani, S.E., M.M.');
    expect(text.match(/NIP\. /g)).toHaveLength(1);
    expect(text).toContain('NIP. 19780512 200501 1 003');
  });

  it('keeps long texts and a long agency name inside the page, numbering the pages of a long sheet', async () => {
    const long = await t.must('agencies.create', {
      name: 'Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu, Tenaga Kerja dan Perindustrian Kabupaten Bangka Selatan Provinsi Kepulauan Bangka Belitung',
      shortName: 'DPMPTSPNaker Basel',
      groupId: c.bateng.groupId,
      headName: 'Muhammad Rizky Kurniawansyah Putra Pratama',
      headPosition: 'Kepala Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu, Tenaga Kerja dan Perindustrian',
    });
    const paragraph = 'Menyusun, menetapkan dan memublikasikan standar pelayanan, maklumat pelayanan, serta mekanisme pengelolaan pengaduan pada setiap unit pelayanan publik, disertai evaluasi berkala bersama narahubung dan pelaporan kepada pimpinan instansi secara tertulis. ';
    const points = Array.from({ length: 8 }, (_, i) => ({ text: `${paragraph.repeat(2)}(butir ${i + 1}) https://pengaduan.bangkaselatankab.go.id/standar-pelayanan/dokumen/maklumat-${i + 1}` }));
    const plan = await createPlan(t, [long.id], { points, witnessName: 'Prof. Dr. Ir. Bambang Setiawan Wicaksono, M.Sc.', witnessPosition: 'Ketua Forum Komunikasi Pengelola Pengaduan Provinsi Kepulauan Bangka Belitung' });
    const [item] = (await t.must('actionPlans.board', { planId: plan.id })).items;
    const { path, pages } = await pdfOf(await t.must('commitments.print', { id: item!.id }));
    expect(pages.length).toBeGreaterThan(1);
    const text = textOf(pages);
    expect(text).toContain(`Halaman 1 dari ${pages.length}`);
    expect(text).toContain(`Halaman ${pages.length} dari ${pages.length}`);
    expect(text).toContain('Saksi,');
    expect(text).toContain('(butir 8)');
    for (const page of pages) {
      expect(page.text).toContain(`Kode lembar: ${item!.code}`);
      for (const i of page.items) {
        // 2.5 cm left, 2 cm right: nothing crosses a margin.
        expect(i.x).toBeGreaterThanOrEqual(25 * (72 / 25.4) - 4);
        expect(i.x + i.width).toBeLessThanOrEqual(page.width - 20 * (72 / 25.4) + 1);
        expect(i.top + i.height).toBeLessThanOrEqual(page.height);
      }
    }
    expect(qrOnPage(path, pages.length)).toBe(item!.code);
  });

  it('batch-prints every sheet in the chosen order into one PDF and marks them printed', async () => {
    const plan = await createPlan(t, [c.pemprov.id, c.bateng.id, c.beltim.id]);
    const job = await t.must('commitments.batchStart', { planId: plan.id, order: 'name' });
    expect(job).toMatchObject({ total: 3, done: 0 });
    const early = await t.call('commitments.batchFinish', { jobId: job.jobId });
    expect(early.ok === false && early.error.key).toBe('batchUnfinished');
    let state = job;
    while (state.done < state.total) state = await t.must('commitments.batchContinue', { jobId: job.jobId });
    const result = await t.must('commitments.batchFinish', { jobId: job.jobId });
    expect(result.printed).toBe(3);
    const { pages } = await pdfOf(result.document);
    expect(pages).toHaveLength(3);
    const names = pages.map((p) => ['Bangka Tengah', 'Belitung Timur', 'Provinsi Kepulauan'].find((n) => flat(p.text).includes(`atas nama Pemerintah ${n === 'Provinsi Kepulauan' ? 'Provinsi Kepulauan' : `Kabupaten ${n}`}`)));
    expect(names).toEqual(['Bangka Tengah', 'Belitung Timur', 'Provinsi Kepulauan']);
    expect(textOf(pages)).not.toContain('Halaman');
    const board = await t.must('actionPlans.board', { planId: plan.id });
    expect(board.counts).toMatchObject({ dicetak: 3, draft: 0 });
    for (const [i, item] of [...board.items].sort((a, b) => a.agencyName.localeCompare(b.agencyName)).entries()) expect(pages[i]!.text).toContain(item.code);
    const gone = await t.call('commitments.batchContinue', { jobId: job.jobId });
    expect(gone.ok === false && gone.error.key).toBe('batchExpired');
  });

  it('refuses to finish a batch whose content changed meanwhile', async () => {
    const plan = await createPlan(t, [c.bateng.id]);
    const job = await t.must('commitments.batchStart', { planId: plan.id });
    await t.must('commitments.batchContinue', { jobId: job.jobId });
    const [item] = (await t.must('actionPlans.board', { planId: plan.id })).items;
    await t.must('commitments.update', { id: item!.id, signatoryName: 'Nama Lain', signatoryPosition: 'Bupati' });
    const r = await t.call('commitments.batchFinish', { jobId: job.jobId });
    expect(r.ok === false && r.error.key).toBe('batchChanged');
  });
});

describe('attendance list and monitoring report', () => {
  it('prints the daftar hadir: Indonesian day and date, focal points pre-filled, empty rows, header and page numbers on every page', async () => {
    const e = await t.must('events.create', meeting(c.typeId('Pertemuan berkala'), { startDate: '2025-11-22', agencyIds: [c.pemprov.id, c.bateng.id, c.beltim.id] }));
    const { pages } = await pdfOf(await t.must('events.printAttendanceList', { eventId: e.event.id, blankRows: 40 }));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]!.width).toBeCloseTo(A4.width, 1);
    const first = flat(pages[0]!.text);
    for (const expected of ['DAFTAR HADIR', 'Sabtu, 22 November 2025', '09.00 s.d. 12.00', 'Aula Kantor Ombudsman RI', 'No', 'Nama', 'Jabatan', 'Instansi', 'No. HP', 'Tanda tangan', 'Rahmat Hidayat', 'Kepala Bagian Organisasi', '0812 7000 1111', 'Pemerintah Kabupaten Belitung Timur']) {
      expect(first).toContain(expected);
    }
    pages.forEach((p, i) => {
      expect(p.text).toContain(`Halaman ${i + 1} dari ${pages.length}`);
      expect(p.text).toContain('Tanda tangan');
      if (i > 0) expect(flat(p.text)).toContain('(lanjutan)');
    });
    expect(textOf(pages)).toContain('43.');
    expect(invitationOf(e, c.beltim.id).designatedFocal).toBeNull();
  });

  it('prints the monitoring report with each agency’s progress per point', async () => {
    const plan = await createPlan(t, [c.bateng.id, c.pemprov.id]);
    const items = (await t.must('actionPlans.board', { planId: plan.id })).items;
    for (const i of items) await t.must('commitments.print', { id: i.id });
    await t.must('commitments.move', { id: items[0]!.id, to: 'ditandatangani' });
    await t.must('actionPlans.recordProgress', { commitmentId: items[0]!.id, pointId: plan.points[0]!.id, status: 'selesai', note: 'Notulen rapat koordinasi 21 November', recordedOn: '2025-11-21' });
    const { pages } = await pdfOf(await t.must('actionPlans.printMonitoring', { planId: plan.id }));
    const text = textOf(pages);
    for (const expected of ['LAPORAN PEMANTAUAN PELAKSANAAN RENCANA AKSI', 'Keadaan per 22 November 2025', 'Capaian per instansi', 'Pemerintah Kabupaten Bangka Tengah', 'Selesai', 'Notulen rapat koordinasi 21 November', 'belum atau tidak menandatangani', 'Pemerintah Provinsi Kepulauan Bangka Belitung', 'Pangkalpinang, 22 November 2025']) {
      expect(text).toContain(expected);
    }
  });

  it('lists the agency’s pending commitments on the focal-point handover sheet', async () => {
    await createPlan(t, [c.bateng.id]);
    const rotation = await t.must('roster.rotate', {
      agencyId: c.bateng.id,
      date: '2025-11-22',
      endReason: 'mutasi',
      successor: { newPerson: { name: 'Yulia Safitri', position: 'Analis Pengaduan', nip: '', unit: '', phone: '', whatsapp: '', email: '', notes: '' } },
    });
    const doc = await t.must('documents.handover', { endedAssignmentId: rotation.ended.id, startedAssignmentId: rotation.started.id });
    const text = textOf((await pdfOf(doc)).pages);
    expect(text).toContain('Komitmen rencana aksi yang belum ditandatangani');
    expect(text).toContain('Rencana Aksi Focal Point Tahun 2025 (2025)');
  });
});
