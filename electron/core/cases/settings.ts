import type { z } from 'zod';
import type { caseSettingsInput, caseTargetInput } from '../../../shared/contract/caseSetup';
import type { CaseSettingsDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, staleRecord } from '../errors';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';

type Ctx = Pick<ServiceContext, 'manager'>;

export interface CaseSettingsRow {
  id: string;
  registerNumberPattern: string;
  dueSoonWorkingDays: number;
  updatedAt: string;
}

/** The office's case settings; they exist from the first save of the office profile on. */
export async function caseSettingsRow(ctx: Ctx): Promise<CaseSettingsRow> {
  const [row] = (await ctx.manager.query(`SELECT id, register_number_pattern, due_soon_working_days, updated_at FROM case_settings LIMIT 1`)) as Array<{
    id: string;
    register_number_pattern: string;
    due_soon_working_days: number;
    updated_at: string;
  }>;
  if (!row) throw new DomainError('PRECONDITION', 'officeNotConfigured');
  return { id: row.id, registerNumberPattern: row.register_number_pattern, dueSoonWorkingDays: row.due_soon_working_days, updatedAt: row.updated_at };
}

export async function yearTarget(year: number, ctx: Ctx): Promise<number | null> {
  const [row] = (await ctx.manager.query(`SELECT target FROM case_year_targets WHERE year = ?`, [year])) as Array<{ target: number }>;
  return row?.target ?? null;
}

export async function getCaseSettings(ctx: Ctx): Promise<CaseSettingsDto> {
  const row = await caseSettingsRow(ctx);
  const targets = (await ctx.manager.query(`SELECT year, target FROM case_year_targets ORDER BY year DESC`)) as Array<{ year: number; target: number }>;
  return { registerNumberPattern: row.registerNumberPattern, dueSoonWorkingDays: row.dueSoonWorkingDays, targets, updatedAt: row.updatedAt };
}

export async function updateCaseSettings(input: z.output<typeof caseSettingsInput>, ctx: ServiceContext): Promise<CaseSettingsDto> {
  const before = await getCaseSettings(ctx);
  if (input.expectedUpdatedAt !== null && input.expectedUpdatedAt !== before.updatedAt) throw staleRecord();
  await ctx.manager.query(`UPDATE case_settings SET register_number_pattern = ?, due_soon_working_days = ?, updated_at = ?`, [
    input.registerNumberPattern,
    input.dueSoonWorkingDays,
    nextTimestamp(ctx, before.updatedAt),
  ]);
  const after = await getCaseSettings(ctx);
  await ctx.audit.record({ entity: 'case_settings', entityId: (await caseSettingsRow(ctx)).id, action: 'update', before, after });
  return after;
}

export async function setYearTarget(input: z.output<typeof caseTargetInput>, ctx: ServiceContext): Promise<CaseSettingsDto> {
  const officeCode = await requireOfficeCode(ctx);
  const before = await yearTarget(input.year, ctx);
  const now = ctx.now().toISOString();
  await ctx.manager.query(
    `INSERT INTO case_year_targets (id, office_code, year, target, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (office_code, year) DO UPDATE SET target = excluded.target, updated_at = excluded.updated_at`,
    [uuidv7(), officeCode, input.year, input.target, now, now],
  );
  await ctx.audit.record({ entity: 'case_year_target', entityId: String(input.year), action: 'set', before: before === null ? null : { year: input.year, target: before }, after: input });
  return getCaseSettings(ctx);
}
