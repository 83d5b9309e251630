import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { exportStartInput } from '../../../shared/contract/archive';
import type { ArchiveExportDto, ExportProgressDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { AuditTrail } from '../audit/trail';
import { fileStamp } from '../db/backup';
import { SYNC_TABLES } from '../db/tableRegistry';
import { DomainError, notFound } from '../errors';
import type { DeliverableFile } from '../host';
import { requireRuntime, type CoreRuntime } from '../runtime';
import type { ServiceContext } from '../service';
import { findLocalOffice } from '../settings/service';
import { ArchiveExportEntity, type ArchiveExport } from './entities';
import { loadOrCreateOfficeKey } from './officeKey';
import { ExportSnapshot } from './snapshot';
import { writeArchive, type ArchivePlan } from './writeArchive';

type StartInput = z.output<typeof exportStartInput>;

/**
 * Incremental exports take every row changed after the previous export's newest change,
 * less this margin: a clock adjusted by a few minutes (or two changes in one millisecond)
 * cannot make a change fall between two archives. Rows sent twice are "unchanged" at head
 * office, so the overlap costs a little size and nothing else.
 */
export const INCREMENTAL_OVERLAP_MS = 5 * 60 * 1000;

export const exportsDir = (ctx: Pick<ServiceContext, 'paths'>) => join(ctx.paths.dataDir, 'exports');
const FILE_NAME_RE = /^simpul-[A-Z0-9]{2,12}-(lengkap|perubahan)-[0-9TZ-]+\.simpul$/;

export function toExportDto(e: ArchiveExport, runtime: CoreRuntime | undefined): ArchiveExportDto {
  const live = runtime?.jobs.progress(e.id);
  const running = live !== null && live !== undefined && live.phase !== 'done';
  return {
    id: e.id,
    kind: e.kind,
    status: e.status === 'running' && !running ? 'interrupted' : e.status,
    since: e.since,
    through: e.through,
    includeConfidential: e.includeConfidential,
    includeDocuments: e.includeDocuments,
    fileName: e.fileName,
    sizeBytes: e.sizeBytes,
    sha256: e.sha256,
    rowCount: e.rowCount,
    fileCount: e.fileCount,
    error: e.error,
    actorName: e.actorName,
    createdAt: e.createdAt,
    completedAt: e.completedAt,
  };
}

async function previousExport(officeCode: string, ctx: ServiceContext): Promise<ArchiveExport | null> {
  return ctx.manager.findOne(ArchiveExportEntity, { where: { officeCode, status: 'completed' }, order: { createdAt: 'DESC' } });
}

/**
 * Starts an export: checks the choice, takes the snapshot and records the export (with an
 * audit entry) in this request; the archive is then written in the background and the row
 * completed (or failed) in a later turn of the queue, with its own audit entry.
 */
export async function startExport(input: StartInput, ctx: ServiceContext): Promise<ArchiveExportDto> {
  const runtime = requireRuntime(ctx);
  const office = await findLocalOffice(ctx);
  if (!office) throw new DomainError('PRECONDITION', 'officeNotConfigured');
  if (input.includeConfidential && !ctx.request.permissions.has('confidential.read')) {
    throw new DomainError('FORBIDDEN', 'archiveConfidentialForbidden', {}, { includeConfidential: { key: 'archiveConfidentialForbidden' } });
  }
  if (runtime.jobs.runningId()) throw new DomainError('CONFLICT', 'archiveExportRunning');
  const previous = await previousExport(office.officeCode, ctx);
  if (input.kind === 'incremental' && (!previous || !previous.through)) {
    throw new DomainError('PRECONDITION', 'archiveNoPreviousExport', {}, { kind: { key: 'archiveNoPreviousExport' } });
  }
  const now = ctx.now();
  const since = input.kind === 'incremental' ? new Date(Date.parse(previous!.through!) - INCREMENTAL_OVERLAP_MS).toISOString() : null;
  const key = await loadOrCreateOfficeKey(ctx.paths.dataDir, now);
  const snapshot = ExportSnapshot.open(runtime.dbPath);
  ctx.effects.onRollback(() => snapshot.close());

  const row: ArchiveExport = {
    id: uuidv7(),
    officeCode: office.officeCode,
    kind: input.kind,
    status: 'running',
    since,
    through: null,
    previousExportId: input.kind === 'incremental' ? previous!.id : null,
    includeConfidential: input.includeConfidential,
    includeDocuments: input.includeDocuments,
    fileName: `simpul-${office.officeCode}-${input.kind === 'full' ? 'lengkap' : 'perubahan'}-${fileStamp(now)}.simpul`,
    sizeBytes: null,
    sha256: null,
    rowCount: null,
    fileCount: null,
    countsJson: '{}',
    keyFingerprint: key.fingerprint,
    error: '',
    actorId: ctx.request.actor.id,
    actorName: ctx.request.actor.name,
    completedAt: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await ctx.manager.insert(ArchiveExportEntity, row);
  // The choice to include reporter identities is recorded here, with who made it.
  await ctx.audit.record({ entity: 'archive_export', entityId: row.id, action: 'export-start', before: null, after: { ...row, countsJson: undefined } });

  const plan: ArchivePlan = {
    exportId: row.id,
    officeCode: office.officeCode,
    officeName: office.officeName,
    kind: input.kind,
    since,
    previousExportId: row.previousExportId,
    includeConfidential: input.includeConfidential,
    includeDocuments: input.includeDocuments,
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    createdAt: now,
    fileName: row.fileName!,
  };
  const folders = { exportsDir: exportsDir(ctx), attachmentsDir: ctx.paths.attachmentsDir, documentsDir: ctx.paths.documentsDir };
  const request = ctx.request;
  const clock = () => ctx.now();
  ctx.effects.afterCommit(() =>
    runtime.jobs.start(row.id, async (progress, check) => {
      let outcome: Partial<ArchiveExport>;
      try {
        const written = await writeArchive(plan, snapshot, SYNC_TABLES, key, folders, progress, check);
        outcome = {
          status: 'completed',
          through: written.through,
          sizeBytes: written.sizeBytes,
          sha256: written.sha256,
          rowCount: written.rowCount,
          fileCount: written.fileCount,
          countsJson: JSON.stringify({ ...written.counts, documentsMissing: written.documentsMissing }),
        };
      } catch (error) {
        outcome = { status: 'failed', error: error instanceof Error ? error.message : String(error) };
      } finally {
        snapshot.close();
      }
      await recordOutcome(runtime, row, outcome, request, clock);
    }),
  );
  return { ...toExportDto(row, undefined), status: 'running' };
}

/** Completes the export's row in its own turn of the queue, with an audit entry. */
async function recordOutcome(runtime: CoreRuntime, row: ArchiveExport, outcome: Partial<ArchiveExport>, request: ServiceContext['request'], now: () => Date): Promise<void> {
  await runtime.exclusive(() =>
    runtime.current().dataSource.transaction(async (manager) => {
      const at = now().toISOString();
      const changes = { ...outcome, completedAt: outcome.status === 'completed' ? at : null, updatedAt: at > row.updatedAt ? at : row.updatedAt };
      await manager.update(ArchiveExportEntity, { id: row.id }, changes);
      const audit = new AuditTrail(manager, request, 'archive.exportStart', async () => row.officeCode, now);
      await audit.record({ entity: 'archive_export', entityId: row.id, action: outcome.status === 'completed' ? 'export-complete' : 'export-fail', before: { status: 'running' }, after: changes });
    }),
  );
}

export async function exportProgress(id: string, ctx: ServiceContext): Promise<ExportProgressDto> {
  const row = await ctx.manager.findOne(ArchiveExportEntity, { where: { id } });
  if (!row) throw notFound();
  const dto = toExportDto(row, ctx.runtime);
  const progress = ctx.runtime?.jobs.progress(id);
  if (!progress || dto.status !== 'running') {
    const total = row.rowCount !== null ? row.rowCount + (row.fileCount ?? 0) : 0;
    return { id, status: dto.status, phase: 'done', done: total, total, bytesWritten: row.sizeBytes ?? 0, export: dto };
  }
  return { id, status: dto.status, ...progress, export: dto };
}

export async function listExports(ctx: ServiceContext): Promise<ArchiveExportDto[]> {
  const rows = await ctx.manager.find(ArchiveExportEntity, { order: { createdAt: 'DESC' }, take: 200 });
  return rows.map((r) => toExportDto(r, ctx.runtime));
}

export async function latestExport(ctx: ServiceContext): Promise<ArchiveExportDto | null> {
  const row = await ctx.manager.findOne(ArchiveExportEntity, { where: {}, order: { createdAt: 'DESC' } });
  return row ? toExportDto(row, ctx.runtime) : null;
}

/** The finished archive file, for the save dialog (or a download link in the preview). */
export async function deliverExport(id: string, ctx: ServiceContext): Promise<DeliverableFile> {
  const row = await ctx.manager.findOne(ArchiveExportEntity, { where: { id } });
  if (!row) throw notFound();
  if (row.status !== 'completed' || !row.fileName || !FILE_NAME_RE.test(row.fileName)) throw new DomainError('PRECONDITION', 'archiveExportNotReady');
  const path = join(exportsDir(ctx), row.fileName);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new DomainError('NOT_FOUND', 'archiveFileMissing');
  return { path, fileName: row.fileName, mimeType: 'application/zip' };
}

/**
 * At start-up: temporary files of exports a crash interrupted (never a finished archive).
 * Younger than an hour they are left alone, as another process might still be writing.
 */
export async function sweepExportTemps(ctx: Pick<ServiceContext, 'paths'>, olderThanMs = 60 * 60 * 1000): Promise<number> {
  const dir = exportsDir(ctx);
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!/^\.simpul-.+\.tmp$/.test(name)) continue;
    const info = await stat(join(dir, name)).catch(() => null);
    if (!info?.isFile() || Date.now() - info.mtimeMs < olderThanMs) continue;
    await rm(join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}
