import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { localOperatorContext } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/open';
import { generateDemoData } from '../../electron/core/demo/generate';
import { loadDemoData } from '../../electron/core/demo/load';
import { createDispatch, type Dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import { dataPaths } from '../../electron/core/service';
import { todayIso } from '../../shared/dates';
import type { ActionPlanDto, BatchJobDto, BatchResultDto, CommitmentTemplateDto, Page, AgencyDto } from '../../shared/dto';

const SHEETS = 200;

async function must<T>(dispatch: Dispatch, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(channel, input, localOperatorContext('cli'));
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** The same number of pages with pdfkit alone: one line of text each, the built-in font. */
async function minimalPdf(pages: number): Promise<number> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (let i = 0; i < pages; i++) doc.addPage().text(`Lembar ${i + 1}`, 72, 72);
  doc.end();
  await done;
  return Buffer.concat(chunks).length;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Batch print for the ceremony: 200 commitment sheets (kop with logo, embedded fonts, justified
 * text, signature blocks, a vector QR code per page) in one PDF through the same steps as the
 * page (start, continue until done, finish: store and mark printed), against a minimal pdfkit
 * document of the same page count; peak memory of the process.
 */
export async function benchCommitments(dir: string): Promise<void> {
  const dbPath = join(dir, 'commitments.sqlite');
  const db = await openDatabase({ dbPath, backupDir: dir, appVersion: 'bench' });
  const data = generateDemoData({ agencyCount: SHEETS + 40, today: todayIso() });
  const dispatch = createDispatch({
    dataSource: db.dataSource,
    raw: db.raw,
    handlers: { ...handlers, 'system.loadDemo': (_i, c) => loadDemoData(data, c) },
    appVersion: 'bench',
    schemaVersion: db.schemaVersion,
    paths: dataPaths(dir, dir),
  });
  await must(dispatch, 'system.loadDemo', undefined);
  const agencies = await must<Page<AgencyDto>>(dispatch, 'agencies.list', { pageSize: 500, status: 'active' });
  const [template] = await must<CommitmentTemplateDto[]>(dispatch, 'commitmentTemplates.list', {});
  const plan = await must<ActionPlanDto>(dispatch, 'actionPlans.create', {
    title: 'Rencana Aksi Focal Point Tahun 2025',
    year: 2025,
    templateId: template!.id,
    signingDate: todayIso(),
    points: ['Pertemuan berkala narahubung untuk koordinasi penyelesaian laporan.', 'Tindak lanjut laporan dalam 14 hari kerja.', 'Pencegahan maladministrasi pada unit pelayanan.'].map((text) => ({ text })),
    agencyIds: agencies.items.slice(0, SHEETS).map((a) => a.id),
  });
  console.log(`\ncommitment sheets: ${plan.counts.total} agencies, one PDF`);

  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const t0 = performance.now();
  let state = await must<BatchJobDto>(dispatch, 'commitments.batchStart', { planId: plan.id, order: 'group' });
  let steps = 0;
  while (state.done < state.total) {
    state = await must<BatchJobDto>(dispatch, 'commitments.batchContinue', { jobId: state.jobId });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    steps++;
  }
  const laidOut = performance.now();
  const result = await must<BatchResultDto>(dispatch, 'commitments.batchFinish', { jobId: state.jobId });
  const total = performance.now() - t0;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  const m0 = performance.now();
  const minimalBytes = await minimalPdf(result.document.pages ?? SHEETS);
  const minimal = performance.now() - m0;

  console.log(`  batch print (${steps} steps)            ${total.toFixed(0)} ms total, ${(laidOut - t0).toFixed(0)} ms layout, ${(total - (laidOut - t0)).toFixed(0)} ms finish+store+mark`);
  console.log(`  per sheet                              ${(total / SHEETS).toFixed(1)} ms`);
  console.log(`  PDF                                    ${result.document.pages} pages, ${mb(result.document.sizeBytes)}`);
  console.log(`  minimal pdfkit, same page count        ${minimal.toFixed(0)} ms, ${mb(minimalBytes)}`);
  console.log(`  ratio (batch / minimal)                ${(total / minimal).toFixed(1)}x`);
  console.log(`  memory: rss ${mb(rssBefore)} -> peak ${mb(peakRss)} (+${mb(peakRss - rssBefore)}), process maxRSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
  await db.dataSource.destroy();
}
