import { todayIso } from '../../../../shared/dates';
import type { ServiceContext } from '../../service';
import { seedYears } from '../calendar/service';
import { defaultRegisterPattern } from './defaults';
import { seedCaseSetupSql } from './seedSql';

/**
 * Gives an office its default master data, deadline rules, case settings and the calendar of
 * last, this and next year (only what is missing). Called when an office profile is first
 * saved and when demo data is loaded; the migration does the same for offices that existed.
 */
export async function ensureCaseSetup(ctx: ServiceContext, officeCode: string): Promise<void> {
  const [row] = (await ctx.manager.query(`SELECT count(*) AS n FROM case_settings WHERE office_code = ?`, [officeCode])) as [{ n: number }];
  if (row.n === 0) {
    for (const [sql, params] of seedCaseSetupSql(officeCode, ctx.now().toISOString())) await ctx.manager.query(sql, params);
    await ctx.audit.record({ entity: 'case_settings', entityId: officeCode, action: 'seedDefaults', before: null, after: { officeCode } });
  }
  const year = Number(todayIso(ctx.now()).slice(0, 4));
  await seedYears([year - 1, year, year + 1], ctx, officeCode);
}

/**
 * The office code may still change while the register is empty (settings service): the
 * configuration rows follow it, and a register pattern still at its default takes the new code.
 */
export async function restampCaseSetup(ctx: ServiceContext, from: string, to: string): Promise<void> {
  for (const table of ['case_master_items', 'deadline_rules', 'calendar_days', 'calendar_years', 'case_year_targets']) {
    await ctx.manager.query(`UPDATE ${table} SET office_code = ? WHERE office_code = ?`, [to, from]);
  }
  await ctx.manager.query(`UPDATE case_settings SET office_code = ?, register_number_pattern = CASE WHEN register_number_pattern = ? THEN ? ELSE register_number_pattern END WHERE office_code = ?`, [
    to,
    defaultRegisterPattern(from),
    defaultRegisterPattern(to),
    from,
  ]);
}
