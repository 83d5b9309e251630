import { CASE_MASTER_LISTS } from '../../../../shared/dto';
import { nameKey } from '../../../../shared/text';
import { uuidv7 } from '../../../../shared/uuid';
import { DEFAULT_DUE_SOON_WORKING_DAYS, DEFAULT_MASTER, DEFAULT_RULES, defaultRegisterPattern } from './defaults';

export type SqlStep = [sql: string, params: unknown[]];

/**
 * The default master data, deadline rules and settings of one office as INSERT statements,
 * for the migration (offices that exist when it runs) and for the first save of a new
 * office's profile (core/cases/setup/ensure.ts). INSERT OR IGNORE: what exists stays.
 */
export function seedCaseSetupSql(officeCode: string, now: string): SqlStep[] {
  const steps: SqlStep[] = [];
  const stageIds = new Map<string, string>();
  for (const list of CASE_MASTER_LISTS) {
    DEFAULT_MASTER[list].forEach((item, i) => {
      const id = uuidv7();
      if (list === 'stage') stageIds.set(item.code, id);
      steps.push([
        `INSERT OR IGNORE INTO case_master_items (id, office_code, list, code, name, name_key, sort_order, active, phase, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
        [id, officeCode, list, item.code, item.name, nameKey(item.name), (i + 1) * 10, item.phase ?? null, now, now],
      ]);
    });
  }
  for (const rule of DEFAULT_RULES) {
    steps.push([
      `INSERT OR IGNORE INTO deadline_rules (id, office_code, code, name, trigger, stage_id, days, unit, party, pauses_for_reporter, active, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, (SELECT id FROM case_master_items WHERE office_code = ? AND list = 'stage' AND code = ?), ?, ?, ?, ?, 1, ?, ?, ?)`,
      [uuidv7(), officeCode, rule.code, rule.name, rule.trigger, officeCode, rule.stageCode, rule.days, rule.unit, rule.party, rule.pausesForReporter ? 1 : 0, rule.notes, now, now],
    ]);
  }
  steps.push([
    `INSERT OR IGNORE INTO case_settings (id, office_code, register_number_pattern, due_soon_working_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    [uuidv7(), officeCode, defaultRegisterPattern(officeCode), DEFAULT_DUE_SOON_WORKING_DAYS, now, now],
  ]);
  return steps;
}
