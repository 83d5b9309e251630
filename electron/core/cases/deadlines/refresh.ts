/**
 * cases.next_due_on / next_due_rule_id / agency_due_on are a CACHE of the deadline computation
 * (clocks.ts), kept so lists can filter and sort by due date at 100 000 cases without
 * computing every case's clocks. The service refreshes a case whenever its history changes
 * and every open case whenever the rules or the calendar change, in the same transaction;
 * `cases.recomputeDeadlines` rebuilds it from scratch, and tests check the two agree.
 */
import type { DeadlineParty, DeadlineTrigger, DeadlineUnit } from '../../../../shared/dto';
import type { ServiceContext } from '../../service';
import { loadWorkCalendar } from '../calendar/service';
import type { WorkCalendar } from '../calendar/workCalendar';
import { computeClocks, dueSummary, type ClockEvent, type ClockRule, type DueSummary } from './clocks';

type Ctx = Pick<ServiceContext, 'manager'>;

interface RuleRow {
  id: string;
  code: string;
  name: string;
  trigger: DeadlineTrigger;
  stage_id: string | null;
  days: number;
  unit: DeadlineUnit;
  party: DeadlineParty;
  pauses_for_reporter: number;
  active: number;
}

export async function loadClockRules(ctx: Ctx): Promise<ClockRule[]> {
  const rows = (await ctx.manager.query(
    `SELECT id, code, name, trigger, stage_id, days, unit, party, pauses_for_reporter, active FROM deadline_rules ORDER BY code`,
  )) as RuleRow[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    trigger: r.trigger,
    stageId: r.stage_id,
    days: r.days,
    unit: r.unit,
    party: r.party,
    pausesForReporter: r.pauses_for_reporter === 1,
    active: r.active === 1,
  }));
}

interface EventRow {
  case_id: string;
  id: string;
  kind: string;
  occurred_on: string;
  seq: number;
  letter_kind: string | null;
  stage_to_id: string | null;
  reply_days: number | null;
  cancelled: number;
}

const EVENT_COLUMNS = `e.case_id, e.id, e.kind, e.occurred_on, e.seq, e.letter_kind, e.stage_to_id, e.reply_days, e.cancelled`;
const toClockEvent = (r: EventRow): ClockEvent => ({
  id: r.id,
  kind: r.kind,
  occurredOn: r.occurred_on,
  seq: r.seq,
  letterKind: r.letter_kind,
  stageToId: r.stage_to_id,
  replyDays: r.reply_days,
  cancelled: r.cancelled === 1,
});

export async function caseClockEvents(caseId: string, ctx: Ctx): Promise<ClockEvent[]> {
  const rows = (await ctx.manager.query(`SELECT ${EVENT_COLUMNS} FROM case_events e WHERE e.case_id = ? ORDER BY e.occurred_on, e.seq`, [caseId])) as EventRow[];
  return rows.map(toClockEvent);
}

/** Computes one case's due summary from scratch and stores it when it changed. */
export async function refreshCaseDue(caseId: string, ctx: Ctx, calendar?: WorkCalendar, rules?: ClockRule[]): Promise<DueSummary> {
  const [c] = (await ctx.manager.query(`SELECT closed_on FROM cases WHERE id = ?`, [caseId])) as Array<{ closed_on: string | null }>;
  if (!c) return { nextDueOn: null, nextDueRuleId: null, agencyDueOn: null };
  const summary: DueSummary =
    c.closed_on !== null
      ? { nextDueOn: null, nextDueRuleId: null, agencyDueOn: null }
      : dueSummary(computeClocks(await caseClockEvents(caseId, ctx), rules ?? (await loadClockRules(ctx)), null, calendar ?? (await loadWorkCalendar(ctx))));
  await ctx.manager.query(`UPDATE cases SET next_due_on = ?, next_due_rule_id = ?, agency_due_on = ? WHERE id = ?`, [
    summary.nextDueOn,
    summary.nextDueRuleId,
    summary.agencyDueOn,
    caseId,
  ]);
  return summary;
}

/**
 * Every open case's due summary computed from its history (one pass over the events of open
 * cases, on the request's own connection, so inside its transaction). With `write`, stores
 * the ones that differ; returns how many open cases there are and how many differed.
 */
export function recomputeOpenCases(ctx: Pick<ServiceContext, 'raw'>, calendar: WorkCalendar, rules: ClockRule[], write: boolean): { cases: number; changed: number } {
  const cached = ctx.raw
    .prepare(`SELECT id, next_due_on, next_due_rule_id, agency_due_on FROM cases WHERE closed_on IS NULL`)
    .all() as Array<{ id: string; next_due_on: string | null; next_due_rule_id: string | null; agency_due_on: string | null }>;
  const byCase = new Map<string, ClockEvent[]>(cached.map((c) => [c.id, []]));
  const events = ctx.raw.prepare(`SELECT ${EVENT_COLUMNS} FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.closed_on IS NULL`);
  for (const r of events.iterate() as IterableIterator<EventRow>) byCase.get(r.case_id)?.push(toClockEvent(r));
  const update = ctx.raw.prepare(`UPDATE cases SET next_due_on = ?, next_due_rule_id = ?, agency_due_on = ? WHERE id = ?`);
  let changed = 0;
  for (const c of cached) {
    const s = dueSummary(computeClocks(byCase.get(c.id) ?? [], rules, null, calendar));
    if (s.nextDueOn === c.next_due_on && s.nextDueRuleId === c.next_due_rule_id && s.agencyDueOn === c.agency_due_on) continue;
    changed += 1;
    if (write) update.run(s.nextDueOn, s.nextDueRuleId, s.agencyDueOn, c.id);
  }
  return { cases: cached.length, changed };
}

/** After a rule or calendar change: every open case, in the caller's transaction. */
export async function refreshAllDue(ctx: Pick<ServiceContext, 'manager' | 'raw'>): Promise<{ cases: number; changed: number }> {
  return recomputeOpenCases(ctx, await loadWorkCalendar(ctx), await loadClockRules(ctx), true);
}
