import type BetterSqlite3 from 'better-sqlite3';
import type { z } from 'zod';
import type { batchStartInput } from '../../../shared/contract/actionPlans';
import type { BatchJobDto, BatchResultDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import type { CommitmentSheetBook } from '../documents/commitmentSheets/commitmentSheetPdf';
import { documentFileName, MIME } from '../documents/fileNames';
import { storeGeneratedDocument } from '../documents/store';
import { DomainError } from '../errors';
import type { ServiceContext } from '../service';
import { getActionPlan, loadCommitments, type LoadedCommitment } from './queries';
import { newSheetBook, recordPrints } from './printing';

/**
 * A batch print laid out over several requests, so the page can show real progress: the PDF
 * grows in memory between requests (nothing is written until the finish, which checks that
 * no sheet's content changed meanwhile). Jobs belong to one database connection and expire.
 */
interface BatchJob {
  planId: string;
  planTitle: string;
  items: LoadedCommitment[];
  book: CommitmentSheetBook;
  done: number;
  touchedAt: number;
}

const JOBS = new WeakMap<BetterSqlite3.Database, Map<string, BatchJob>>();
const EXPIRE_MS = 15 * 60_000;
/** Sheets laid out per request at most, and the time budget of one request. */
const CHUNK = 25;
const BUDGET_MS = 400;

function jobsOf(ctx: Pick<ServiceContext, 'raw'>): Map<string, BatchJob> {
  let jobs = JOBS.get(ctx.raw);
  if (!jobs) {
    jobs = new Map();
    JOBS.set(ctx.raw, jobs);
  }
  const now = Date.now();
  for (const [id, job] of jobs) if (now - job.touchedAt > EXPIRE_MS) jobs.delete(id);
  return jobs;
}

function jobOf(jobId: string, ctx: Pick<ServiceContext, 'raw'>): BatchJob {
  const job = jobsOf(ctx).get(jobId);
  if (!job) throw new DomainError('NOT_FOUND', 'batchExpired');
  job.touchedAt = Date.now();
  return job;
}

/** The sheets of a batch, in the order chosen: the plan's, by agency name, or by group then name. */
export function orderBatch(items: LoadedCommitment[], order: z.output<typeof batchStartInput>['order']): LoadedCommitment[] {
  const byName = (a: LoadedCommitment, b: LoadedCommitment) => a.nameKey.localeCompare(b.nameKey, 'id');
  if (order === 'name') return [...items].sort(byName);
  if (order === 'group') return [...items].sort((a, b) => a.groupSort - b.groupSort || byName(a, b));
  return [...items].sort((a, b) => a.dto.sortOrder - b.dto.sortOrder || byName(a, b));
}

export async function startBatch(input: z.output<typeof batchStartInput>, ctx: ServiceContext): Promise<BatchJobDto> {
  const plan = await getActionPlan(input.planId, ctx);
  const { items, profile } = await loadCommitments(plan, ctx);
  const wanted = items.filter((i) => (input.include === 'pending' ? i.dto.status === 'draft' || i.dto.status === 'dicetak' : i.dto.status !== 'menolak'));
  if (wanted.length === 0) throw new DomainError('PRECONDITION', 'batchEmpty');
  const book = newSheetBook(profile, { resourcesDir: ctx.paths.resourcesDir, createdAt: ctx.now(), title: `Lembar komitmen - ${plan.title}` });
  const jobId = uuidv7();
  jobsOf(ctx).set(jobId, { planId: plan.id, planTitle: plan.title, items: orderBatch(wanted, input.order), book, done: 0, touchedAt: Date.now() });
  return { jobId, total: wanted.length, done: 0 };
}

export async function continueBatch(input: { jobId: string }, ctx: ServiceContext): Promise<BatchJobDto> {
  const job = jobOf(input.jobId, ctx);
  const started = performance.now();
  for (let n = 0; n < CHUNK && job.done < job.items.length && performance.now() - started < BUDGET_MS; n++) {
    const item = job.items[job.done]!;
    job.book.add(item.content, item.dto.code);
    job.done++;
  }
  return { jobId: input.jobId, total: job.items.length, done: job.done };
}

/** Stores the PDF and records every sheet as printed, if nothing changed since the start. */
export async function finishBatch(input: { jobId: string }, ctx: ServiceContext): Promise<BatchResultDto> {
  const job = jobOf(input.jobId, ctx);
  if (job.done < job.items.length) throw new DomainError('PRECONDITION', 'batchUnfinished', { done: job.done, total: job.items.length });
  const plan = await getActionPlan(job.planId, ctx);
  const { items: now } = await loadCommitments(plan, ctx, { ids: job.items.map((i) => i.dto.id) });
  const digests = new Map(now.map((i) => [i.dto.id, i]));
  if (job.items.some((i) => digests.get(i.dto.id)?.digest !== i.digest || digests.get(i.dto.id)?.dto.status !== i.dto.status)) {
    jobsOf(ctx).delete(input.jobId);
    throw new DomainError('CONFLICT', 'batchChanged');
  }
  const { bytes, pages } = await job.book.finish();
  jobsOf(ctx).delete(input.jobId);
  const document = await storeGeneratedDocument(
    {
      kind: 'commitmentSheets',
      title: `Lembar komitmen ${plan.title} (${job.items.length} instansi)`,
      fileName: documentFileName(['Lembar Komitmen', plan.title, `${job.items.length} instansi`], 'pdf'),
      mimeType: MIME.pdf,
      bytes,
      pages,
      related: { entity: 'action_plan', id: plan.id },
    },
    ctx,
  );
  await recordPrints(job.items.map((i) => digests.get(i.dto.id)!), document.id, ctx);
  return { document, printed: job.items.length };
}

export async function cancelBatch(input: { jobId: string }, ctx: ServiceContext): Promise<{ cancelled: boolean }> {
  return { cancelled: jobsOf(ctx).delete(input.jobId) };
}
