import type { z } from 'zod';
import type { deadlineRuleSaveInput } from '../../../../shared/contract/caseSetup';
import type { DeadlineParty, DeadlineRuleDto, DeadlineTrigger, DeadlineUnit } from '../../../../shared/dto';
import { nameKey } from '../../../../shared/text';
import { uuidv7 } from '../../../../shared/uuid';
import { nextTimestamp } from '../../db/timestamps';
import { notFound, staleRecord } from '../../errors';
import type { ServiceContext } from '../../service';
import { requireOfficeCode } from '../../settings/service';
import { assertMasterItem } from '../masterData';
import { refreshAllDue } from './refresh';

type Ctx = Pick<ServiceContext, 'manager'>;

interface Row {
  id: string;
  code: string;
  name: string;
  trigger: DeadlineTrigger;
  stage_id: string | null;
  stage_name: string | null;
  days: number;
  unit: DeadlineUnit;
  party: DeadlineParty;
  pauses_for_reporter: number;
  active: number;
  notes: string;
  updated_at: string;
}

const toDto = (r: Row): DeadlineRuleDto => ({
  id: r.id,
  code: r.code,
  name: r.name,
  trigger: r.trigger,
  stageId: r.stage_id,
  stageName: r.stage_name,
  days: r.days,
  unit: r.unit,
  party: r.party,
  pausesForReporter: r.pauses_for_reporter === 1,
  active: r.active === 1,
  notes: r.notes,
  updatedAt: r.updated_at,
});

async function rules(where: string, params: unknown[], ctx: Ctx): Promise<DeadlineRuleDto[]> {
  const rows = (await ctx.manager.query(
    `SELECT r.*, s.name AS stage_name FROM deadline_rules r LEFT JOIN case_master_items s ON s.id = r.stage_id ${where} ORDER BY r.active DESC, r.created_at, r.code`,
    params,
  )) as Row[];
  return rows.map(toDto);
}

export const listDeadlineRules = (ctx: Ctx): Promise<DeadlineRuleDto[]> => rules('', [], ctx);

/** Saves a rule and recomputes every open case's deadlines with it, in the same transaction. */
export async function saveDeadlineRule(input: z.output<typeof deadlineRuleSaveInput>, ctx: ServiceContext): Promise<DeadlineRuleDto> {
  const officeCode = await requireOfficeCode(ctx);
  if (input.stageId) await assertMasterItem('stage', input.stageId, 'stageId', ctx);
  const now = ctx.now().toISOString();
  const values = [input.name, input.trigger, input.stageId, input.days, input.unit, input.party, input.pausesForReporter ? 1 : 0, input.active ? 1 : 0, input.notes];
  let id = input.id;
  let before: DeadlineRuleDto | null = null;
  if (!id) {
    id = uuidv7();
    const code = `${nameKey(input.name).replace(/[^a-z0-9]+/g, '_').slice(0, 40)}_${id.slice(-6)}`;
    await ctx.manager.query(
      `INSERT INTO deadline_rules (id, office_code, code, name, trigger, stage_id, days, unit, party, pauses_for_reporter, active, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, officeCode, code, ...values, now, now],
    );
  } else {
    [before] = await rules('WHERE r.id = ?', [id], ctx);
    if (!before) throw notFound();
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updatedAt) throw staleRecord();
    await ctx.manager.query(
      `UPDATE deadline_rules SET name = ?, trigger = ?, stage_id = ?, days = ?, unit = ?, party = ?, pauses_for_reporter = ?, active = ?, notes = ?, updated_at = ? WHERE id = ?`,
      [...values, nextTimestamp(ctx, before.updatedAt), id],
    );
  }
  const [after] = await rules('WHERE r.id = ?', [id], ctx);
  await ctx.audit.record({ entity: 'deadline_rule', entityId: id, action: before ? 'update' : 'create', before, after });
  await refreshAllDue(ctx);
  return after!;
}
