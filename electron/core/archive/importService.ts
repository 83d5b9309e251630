import type { FileHandle } from 'node:fs/promises';
import type { ArchiveImportDto, ArchivePreviewDto, ArchiveVerifyDto, ConflictDto, TableMergeStatsDto } from '../../../shared/dto';
import { msg } from '../../../shared/messages';
import { formatFingerprint } from '../../../shared/archive';
import { uuidv7 } from '../../../shared/uuid';
import { SYNC_TABLES } from '../db/tableRegistry';
import { DomainError } from '../errors';
import { requireRuntime } from '../runtime';
import type { ServiceContext } from '../service';
import { findLocalOffice } from '../settings/service';
import { mergeArchive, storeArchiveFiles } from './applyArchive';
import { ArchiveImportEntity, type ArchiveImport } from './entities';
import { keyLookup } from './keysService';
import { verifyArchive, withArchive, type VerifiedArchive } from './verify';

/**
 * Head office's side: check an archive (nothing is written), preview what a merge would do
 * (the real merge inside a savepoint that is always rolled back), and import (the same merge
 * in the request's one transaction, with the archive's files and a report).
 */

const problemOf = (error: unknown, ctx: ServiceContext): { key: string; message: string } | null =>
  error instanceof DomainError ? { key: error.key, message: error.toAppError(ctx.request.lang).message } : null;

async function warningsFor(v: VerifiedArchive, ctx: ServiceContext): Promise<string[]> {
  const lang = ctx.request.lang;
  const m = v.manifest;
  const out: string[] = [];
  if (v.signer.status === 'unknown') out.push(msg('archiveUnknownKeyWarning', { fingerprint: formatFingerprint(v.signer.fingerprint), office: m.office.code }, lang));
  const office = await findLocalOffice(ctx);
  if (office?.officeCode === m.office.code) out.push(msg('archiveWarnOwnOffice', {}, lang));
  if (m.confidential === 'included') out.push(msg('archiveWarnConfidential', {}, lang));
  else if (SYNC_TABLES.some((t) => t.confidential)) out.push(msg('archiveWarnPseudonymised', {}, lang));
  const before = await ctx.manager.findOne(ArchiveImportEntity, { where: { manifestSha256: v.manifestSha256 }, order: { createdAt: 'DESC' } });
  if (before) out.push(msg('archiveWarnAlreadyImported', { date: before.createdAt.slice(0, 16).replace('T', ' ') }, lang));
  if (m.previousExportId && !(await ctx.manager.findOne(ArchiveImportEntity, { where: { exportId: m.previousExportId } }))) {
    out.push(msg('archiveWarnPreviousMissing', { previous: m.previousExportId.slice(-12), office: m.office.code }, lang));
  }
  return out;
}

function verifyDto(fileName: string, sizeBytes: number, v: VerifiedArchive, warnings: string[]): ArchiveVerifyDto {
  const m = v.manifest;
  const files = m.entries.filter((e) => e.name.startsWith('files/')).length;
  return {
    ok: true,
    fileName,
    sizeBytes,
    problem: null,
    manifest: {
      exportId: m.exportId,
      officeCode: m.office.code,
      officeName: m.office.name,
      kind: m.kind,
      since: m.since,
      through: m.through,
      createdAt: m.createdAt,
      appVersion: m.appVersion,
      schemaVersion: m.schemaVersion,
      formatVersion: m.formatVersion,
      confidential: m.confidential,
      includesDocuments: m.includesDocuments,
      tables: Object.fromEntries(Object.entries(m.tables).map(([t, c]) => [t, c.rows])),
      fileCount: files,
      totalBytes: m.entries.reduce((s, e) => s + e.size, 0),
    },
    signer: v.signer,
    warnings,
  };
}

/** Opens the staged archive, verifies it and runs `then` with it; refusals come back as values or throw. */
async function withVerified<T>(
  token: string,
  ctx: ServiceContext,
  then: (handle: FileHandle, v: VerifiedArchive, dto: ArchiveVerifyDto) => Promise<T>,
  refused: (dto: ArchiveVerifyDto, error: DomainError) => T,
): Promise<T> {
  const staged = requireRuntime(ctx).staging.get(token, 'archive');
  const keys = await keyLookup(ctx);
  return withArchive(staged.path, async (handle, size) => {
    let verified: VerifiedArchive;
    try {
      verified = await verifyArchive(handle, size, { schemaVersion: ctx.schemaVersion, ...keys });
    } catch (error) {
      const problem = problemOf(error, ctx);
      if (!problem) throw error;
      return refused({ ok: false, fileName: staged.fileName, sizeBytes: size, problem, manifest: null, signer: null, warnings: [] }, error as DomainError);
    }
    return then(handle, verified, verifyDto(staged.fileName, size, verified, await warningsFor(verified, ctx)));
  });
}

export function verifyStaged(token: string, ctx: ServiceContext): Promise<ArchiveVerifyDto> {
  return withVerified(token, ctx, async (_h, _v, dto) => dto, (dto) => dto);
}

const SAVEPOINT = 'archive_preview';

export function previewStaged(token: string, ctx: ServiceContext): Promise<ArchivePreviewDto> {
  const empty = { new: 0, changed: 0, unchanged: 0, conflicting: 0, deleted: 0 };
  return withVerified(
    token,
    ctx,
    async (handle, v, dto) => {
      // The real merge, always undone: it shows what only the database's own rules would refuse.
      ctx.raw.exec(`SAVEPOINT ${SAVEPOINT}`);
      try {
        const { merge } = await mergeArchive(handle, v, ctx.raw);
        const { tables, totals } = merge.summary(SYNC_TABLES);
        return { verify: dto, tables, totals, conflicts: merge.conflicts.slice(0, 100), warnings: dto.warnings };
      } catch (error) {
        const problem = problemOf(error, ctx);
        if (!problem) throw error;
        return { verify: { ...dto, ok: false, problem }, tables: [], totals: empty, conflicts: [], warnings: dto.warnings };
      } finally {
        ctx.raw.exec(`ROLLBACK TO ${SAVEPOINT}`);
        ctx.raw.exec(`RELEASE ${SAVEPOINT}`);
      }
    },
    (dto) => ({ verify: dto, tables: [], totals: empty, conflicts: [], warnings: [] }),
  );
}

interface ImportReport {
  tables: TableMergeStatsDto[];
  totals: ArchiveImportDto['totals'];
  conflicts: ConflictDto[];
  filesWritten: number;
}

export function toImportDto(r: ArchiveImport): ArchiveImportDto {
  const report = JSON.parse(r.reportJson) as ImportReport;
  return {
    id: r.id,
    sourceOfficeCode: r.sourceOfficeCode,
    sourceOfficeName: r.sourceOfficeName,
    exportId: r.exportId,
    archiveKind: r.archiveKind,
    archiveCreatedAt: r.archiveCreatedAt,
    fileName: r.fileName,
    keyStatus: r.keyStatus,
    confidential: r.confidential,
    tables: report.tables,
    totals: report.totals,
    conflicts: report.conflicts,
    conflictCount: r.conflictCount,
    actorName: r.actorName,
    createdAt: r.createdAt,
  };
}

/** Merges the archive in this request's transaction; any refusal rolls everything back. */
export function importStaged(input: { token: string; acceptUnknownKey: boolean }, ctx: ServiceContext): Promise<ArchiveImportDto> {
  return withVerified(
    input.token,
    ctx,
    async (handle, v, dto) => {
      if (v.signer.status === 'unknown' && !input.acceptUnknownKey) {
        throw new DomainError('PRECONDITION', 'archiveUnknownKeyNotAccepted', {}, { acceptUnknownKey: { key: 'archiveUnknownKeyNotAccepted' } });
      }
      const { merge, files } = await mergeArchive(handle, v, ctx.raw);
      const filesWritten = await storeArchiveFiles(handle, v, files, ctx.paths, ctx.raw, ctx.effects);
      const { tables, totals } = merge.summary(SYNC_TABLES);
      const report: ImportReport = { tables, totals, conflicts: merge.conflicts, filesWritten };
      const m = v.manifest;
      const office = await findLocalOffice(ctx);
      const now = ctx.now().toISOString();
      const row: ArchiveImport = {
        id: uuidv7(),
        officeCode: office?.officeCode ?? '-',
        sourceOfficeCode: m.office.code,
        sourceOfficeName: m.office.name,
        exportId: m.exportId,
        previousExportId: m.previousExportId,
        archiveKind: m.kind,
        archiveSince: m.since,
        archiveThrough: m.through,
        archiveCreatedAt: m.createdAt,
        fileName: dto.fileName.slice(0, 260),
        manifestSha256: v.manifestSha256,
        keyFingerprint: v.signer.fingerprint,
        keyStatus: v.signer.status,
        confidential: m.confidential,
        reportJson: JSON.stringify(report),
        conflictCount: merge.conflictCount,
        actorId: ctx.request.actor.id,
        actorName: ctx.request.actor.name,
        createdAt: now,
        updatedAt: now,
      };
      await ctx.manager.insert(ArchiveImportEntity, row);
      const summary = { ...row, reportJson: undefined, totals, filesWritten };
      await ctx.audit.record({ entity: 'archive_import', entityId: row.id, action: 'import', before: null, after: summary });
      return toImportDto(row);
    },
    (_dto, error) => {
      throw error;
    },
  );
}

export async function listImports(ctx: ServiceContext): Promise<ArchiveImportDto[]> {
  const rows = await ctx.manager.find(ArchiveImportEntity, { order: { createdAt: 'DESC' }, take: 200 });
  return rows.map(toImportDto);
}

export async function latestImport(ctx: ServiceContext): Promise<ArchiveImportDto | null> {
  const row = await ctx.manager.findOne(ArchiveImportEntity, { where: {}, order: { createdAt: 'DESC' } });
  return row ? toImportDto(row) : null;
}
