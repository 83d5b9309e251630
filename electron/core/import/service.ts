import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { columnLetter, IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS, type ImportMapping } from '../../../shared/agencyImport';
import type { importCommitInput, importPreviewInput } from '../../../shared/contract/import';
import type { ImportCountsDto, ImportPreviewDto, ImportProblemDto, ImportResultDto, ImportUnknownGroupDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { AuditTrail } from '../audit/trail';
import { DomainError } from '../errors';
import { officeToday } from '../roster/queries';
import type { ServiceContext } from '../service';
import { findLocalOffice, requireOfficeCode } from '../settings/service';
import { applyRow, newApplyState, problemsFromError, recordOutcome, writes, type RowOutcome } from './apply';
import { cellText, type ReadWorkbook } from './grid';
import { chooseSheet, findHeaderRow, suggestMapping } from './headers';
import { planRows, type PlannedRow } from './plan';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import { readRegister } from './register';
import { draftRow, problem } from './rows';
import { fileError, sniffSpreadsheet } from './sniff';

type PreviewInput = z.output<typeof importPreviewInput>;
type CommitInput = z.output<typeof importCommitInput>;

interface PreparedImport {
  fileSha256: string;
  book: ReadWorkbook;
  headerRowNumber: number;
  columns: ImportPreviewDto['columns'];
  suggestedMapping: ImportMapping;
  appliedMapping: ImportMapping;
  mappingProblems: ImportProblemDto[];
  unknownGroups: ImportUnknownGroupDto[];
  rows: PlannedRow[];
  planDigest: string;
}

function decode(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * Reads the file and plans the import: the same steps for the preview and the commit, so the
 * commit never trusts what the page says the preview showed.
 */
async function prepare(input: PreviewInput, bytes: Uint8Array, ctx: ServiceContext): Promise<PreparedImport> {
  const lang = ctx.request.lang;
  const format = sniffSpreadsheet(bytes);
  const book = format === 'xlsx' ? await readXlsx(bytes, input.sheet, chooseSheet) : readCsv(bytes);
  const gridRows = book.grid.rows;
  if (gridRows.length === 0) throw fileError('importNoData');
  const headerIndex = findHeaderRow(gridRows);
  const header = gridRows[headerIndex]!;
  const data = gridRows.slice(headerIndex + 1);
  const headerRowNumber = header.rowNumber;
  if (data.length === 0) throw new DomainError('VALIDATION', 'importHeaderOnly', { row: headerRowNumber }, { file: { key: 'importHeaderOnly', params: { row: headerRowNumber } } });
  if (data.length > IMPORT_MAX_ROWS) {
    const params = { count: data.length, max: IMPORT_MAX_ROWS };
    throw new DomainError('VALIDATION', 'importTooManyRows', params, { file: { key: 'importTooManyRows', params } });
  }
  const width = Math.max(header.cells.length, ...data.map((r) => r.cells.length));
  if (width > IMPORT_MAX_COLUMNS) {
    const params = { count: width, max: IMPORT_MAX_COLUMNS };
    throw new DomainError('VALIDATION', 'importTooManyColumns', params, { file: { key: 'importTooManyColumns', params } });
  }
  const headers = Array.from({ length: width }, (_, i) => cellText(header.cells[i] ?? null));
  const columns = headers.map((h, index) => ({
    index,
    letter: columnLetter(index),
    header: h,
    samples: [...new Set(data.map((r) => cellText(r.cells[index] ?? null)).filter((t) => t !== ''))].slice(0, 3),
  }));
  const suggestedMapping = suggestMapping(headers);
  const appliedMapping = input.mapping ?? suggestedMapping;
  const mappingProblems: ImportProblemDto[] = [];
  for (const [field, column] of Object.entries(appliedMapping)) {
    if (column !== null && column !== undefined && column >= width) mappingProblems.push(problem(field as keyof ImportMapping, 'importColumnMissing', lang));
  }
  if (appliedMapping.name === undefined || appliedMapping.name === null) mappingProblems.push(problem('name', 'importMappingName', lang));

  const today = officeToday(ctx);
  const register = await readRegister(ctx, today);
  const usable = mappingProblems.length === 0;
  const drafts = usable ? data.map((r) => draftRow(r, appliedMapping, book.grid.date1904, today, lang)) : [];
  const { rows, unknownGroups } = planRows(drafts, register, input.groupMap ?? {}, lang);
  const fileSha256 = sha256(bytes);
  const planDigest = sha256(
    JSON.stringify({
      fileSha256,
      sheet: book.sheet,
      headerRowNumber,
      appliedMapping: Object.entries(appliedMapping).sort(),
      rows: rows.map((r) => [r.rowNumber, r.action, r.existingAgencyId, r.groupId, r.sameAgencyAs, r.personRef, r.problems.map((p) => p.code)]),
    }),
  );
  return { fileSha256, book, headerRowNumber, columns, suggestedMapping, appliedMapping, mappingProblems, unknownGroups, rows, planDigest };
}

function counts(rows: PlannedRow[]): ImportCountsDto {
  const c: ImportCountsDto = { rows: rows.length, create: 0, addFocal: 0, skip: 0, conflict: 0, error: 0, warnings: 0, agencies: 0, focalPoints: 0 };
  for (const r of rows) {
    c[r.action] += 1;
    if (r.problems.some((p) => p.severity === 'warning')) c.warnings += 1;
    if (r.action === 'create') c.agencies += 1;
    if (writes(r) && r.withFocal) c.focalPoints += 1;
  }
  return c;
}

/** A service context on a savepoint's manager, with its own audit trail. */
function onManager(ctx: ServiceContext, manager: EntityManager, channel: string): ServiceContext {
  const officeCode = async () => (await findLocalOffice({ manager }))?.officeCode ?? '-';
  return { ...ctx, manager, audit: new AuditTrail(manager, ctx.request, channel, officeCode, ctx.now) };
}

interface RunResult {
  failed: PlannedRow[];
  outcomes: Array<{ row: PlannedRow; outcome: RowOutcome }>;
}

/**
 * Runs every row that writes through the real services, each in its own savepoint, on the
 * manager given: a failing row is rolled back to its savepoint and its refusal becomes the
 * row's problem, so every row is checked, not only the first bad one.
 */
async function runRows(rows: PlannedRow[], ctx: ServiceContext, manager: EntityManager, channel: string): Promise<RunResult> {
  const state = newApplyState();
  const result: RunResult = { failed: [], outcomes: [] };
  for (const row of rows) {
    if (!writes(row)) continue;
    try {
      const outcome = await manager.transaction((savepoint) => applyRow(row, state, onManager(ctx, savepoint, channel)));
      recordOutcome(row, outcome, state);
      result.outcomes.push({ row, outcome });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      row.problems.push(...problemsFromError(error, ctx.request.lang));
      row.action = 'error';
      result.failed.push(row);
    }
  }
  return result;
}

class DryRunDone extends Error {}

/**
 * The preview runs the rows inside a transaction that is always rolled back, so it also shows
 * what only the services and the database would refuse (an overlapping period, a person who
 * already serves), and writes nothing.
 */
async function dryRun(rows: PlannedRow[], ctx: ServiceContext): Promise<void> {
  try {
    await ctx.manager.transaction(async (manager) => {
      await runRows(rows, ctx, manager, 'import.preview');
      throw new DryRunDone();
    });
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
}

function toDto(input: PreviewInput, p: PreparedImport): ImportPreviewDto {
  const c = counts(p.rows);
  return {
    fileName: input.fileName,
    fileSha256: p.fileSha256,
    format: p.book.format,
    delimiter: p.book.delimiter,
    encoding: p.book.encoding,
    sheets: p.book.sheets,
    sheet: p.book.sheet,
    headerRowNumber: p.headerRowNumber,
    columns: p.columns,
    suggestedMapping: p.suggestedMapping,
    appliedMapping: p.appliedMapping,
    mappingProblems: p.mappingProblems,
    unknownGroups: p.unknownGroups,
    rows: p.rows.map((r) => ({ rowNumber: r.rowNumber, values: r.values, action: r.action, withFocal: r.withFocal, existingAgencyId: r.existingAgencyId, problems: r.problems })),
    counts: c,
    planDigest: p.planDigest,
    canCommit: p.mappingProblems.length === 0 && c.error === 0 && c.agencies + c.focalPoints > 0,
  };
}

export async function previewImport(input: PreviewInput, ctx: ServiceContext): Promise<ImportPreviewDto> {
  await requireOfficeCode(ctx);
  const prepared = await prepare(input, decode(input.base64), ctx);
  await dryRun(prepared.rows, ctx);
  return toDto(input, prepared);
}

/**
 * Imports the previewed file, all of it or nothing: it is read and planned again here, refused
 * if it is not the file (or the plan) that was previewed or if any row has an error, and then
 * written row by row in the request's one transaction; the first refusal rolls everything back.
 */
export async function commitImport(input: CommitInput, ctx: ServiceContext): Promise<ImportResultDto> {
  await requireOfficeCode(ctx);
  const bytes = decode(input.base64);
  if (sha256(bytes) !== input.expectedSha256) throw new DomainError('CONFLICT', 'importFileChanged');
  const prepared = await prepare(input, bytes, ctx);
  if (prepared.mappingProblems.length > 0) throw new DomainError('VALIDATION', 'importMappingName');
  const errors = prepared.rows.filter((r) => r.action === 'error').length;
  if (errors > 0) throw new DomainError('VALIDATION', 'importHasErrors', { count: errors });
  if (prepared.planDigest !== input.expectedPlanDigest) throw new DomainError('CONFLICT', 'importPlanChanged');
  const c = counts(prepared.rows);
  if (c.agencies + c.focalPoints === 0) throw new DomainError('PRECONDITION', 'importNothingToDo');

  const run = await runRows(prepared.rows, ctx, ctx.manager, 'import.commit');
  const failed = run.failed[0];
  if (failed) {
    // Dispatch rolls back the whole transaction: the rows that did succeed go too.
    const reason = failed.problems.filter((x) => x.severity === 'error').at(-1)!.message;
    throw new DomainError('VALIDATION', 'importRowFailed', { row: failed.rowNumber, message: reason.replace(/\.?$/, '.') });
  }
  const result: ImportResultDto = { importId: uuidv7(), agenciesCreated: 0, personsCreated: 0, assignmentsCreated: 0, skipped: c.skip, conflicts: [], agencies: [] };
  for (const row of prepared.rows.filter((r) => r.action === 'conflict')) {
    result.conflicts.push({ rowNumber: row.rowNumber, agencyId: row.existingAgencyId, agencyName: row.agency?.name ?? row.values.name ?? '' });
  }
  for (const { outcome } of run.outcomes) {
    if (outcome.agency) {
      result.agenciesCreated += 1;
      result.agencies.push({ id: outcome.agency.id, name: outcome.agency.name });
    }
    if (outcome.assignment) result.assignmentsCreated += 1;
    if (outcome.personCreated) result.personsCreated += 1;
  }
  await ctx.audit.record({
    entity: 'import',
    entityId: result.importId,
    action: 'import',
    before: null,
    after: {
      fileName: input.fileName,
      sha256: prepared.fileSha256,
      format: prepared.book.format,
      sheet: prepared.book.sheet,
      rows: c.rows,
      agenciesCreated: result.agenciesCreated,
      personsCreated: result.personsCreated,
      assignmentsCreated: result.assignmentsCreated,
      skipped: c.skip,
      conflicts: c.conflict,
    },
  });
  return result;
}
