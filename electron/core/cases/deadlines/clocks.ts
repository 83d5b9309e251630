/**
 * Deadline clocks computed from a case's history: never stored as counters. Editing an
 * event, cancelling one, changing a rule or correcting the calendar and computing again
 * gives the new truth. (cases.next_due_on is a cache of `dueSummary`; see refresh.ts.)
 */
import type { CaseClockDto, ClockStatus, DeadlineParty, DeadlineTrigger, DeadlineUnit } from '../../../../shared/dto';
import { dayNumber, isoOfDay, type DayRange, type WorkCalendar } from '../calendar/workCalendar';

export interface ClockEvent {
  id: string;
  kind: string;
  occurredOn: string;
  seq: number;
  letterKind: string | null;
  stageToId: string | null;
  /** A letter's own reply period, overriding the rule's number of days. */
  replyDays: number | null;
  cancelled: boolean;
}

export interface ClockRule {
  id: string;
  code: string;
  name: string;
  trigger: DeadlineTrigger;
  stageId: string | null;
  days: number;
  unit: DeadlineUnit;
  party: DeadlineParty;
  pausesForReporter: boolean;
  active: boolean;
}

type Computed = Omit<CaseClockDto, 'status' | 'workingDaysLeft'> & { stoppedByClosure: boolean };

const byOrder = (a: ClockEvent, b: ClockEvent) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : a.seq - b.seq);

/**
 * While a request to the reporter is open the case waits on them: from the day after the
 * request up to and including the day of their response (open-ended while none came).
 */
export function reporterPauses(events: readonly ClockEvent[], closedOn: string | null): DayRange[] {
  const live = events.filter((e) => !e.cancelled).sort(byOrder);
  const ranges: DayRange[] = [];
  for (const req of live.filter((e) => e.kind === 'reporter_request')) {
    const answer = live.find((e) => e.kind === 'reporter_response' && e.occurredOn >= req.occurredOn);
    const end = answer ? dayNumber(answer.occurredOn) : closedOn ? dayNumber(closedOn) : Infinity;
    const from = dayNumber(req.occurredOn) + 1;
    if (end >= from) ranges.push({ from, to: end });
  }
  // Overlapping requests wait once.
  ranges.sort((a, b) => a.from - b.from);
  const merged: DayRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}

function starts(rule: ClockRule, live: ClockEvent[]): ClockEvent[] {
  switch (rule.trigger) {
    case 'stage':
      return live.filter((e) => e.kind === 'stage_change' && e.stageToId === rule.stageId);
    case 'letter_klarifikasi':
      return live.filter((e) => e.kind === 'letter_sent' && e.letterKind === 'klarifikasi');
    case 'letter_pengingat':
      return live.filter((e) => e.kind === 'letter_sent' && e.letterKind === 'pengingat');
    case 'reporter_request':
      return live.filter((e) => e.kind === 'reporter_request');
  }
}

/** The event that ends the clock started by `start`, per the trigger's fixed stop condition. */
function stopOf(rule: ClockRule, start: ClockEvent, live: ClockEvent[]): ClockEvent | undefined {
  switch (rule.trigger) {
    case 'stage':
      return live.find((e) => e.kind === 'stage_change' && byOrder(e, start) > 0);
    case 'letter_klarifikasi':
    case 'letter_pengingat':
      return live.find((e) => e.kind === 'reply_received' && e.occurredOn >= start.occurredOn);
    case 'reporter_request':
      return live.find((e) => e.kind === 'reporter_response' && e.occurredOn >= start.occurredOn);
  }
}

function pausedDaysWithin(pauses: readonly DayRange[], from: number, to: number): number {
  let n = 0;
  for (const p of pauses) {
    const lo = Math.max(p.from, from + 1);
    const hi = Math.min(p.to, to);
    if (hi >= lo) n += hi - lo + 1;
  }
  return n;
}

export function computeClocks(events: readonly ClockEvent[], rules: readonly ClockRule[], closedOn: string | null, calendar: WorkCalendar): Computed[] {
  const live = events.filter((e) => !e.cancelled).sort(byOrder);
  const pauses = reporterPauses(live, closedOn);
  const out: Computed[] = [];
  for (const rule of rules) {
    if (!rule.active) continue;
    for (const start of starts(rule, live)) {
      const stop = stopOf(rule, start, live);
      const stoppedOn = stop?.occurredOn ?? closedOn;
      const own = rule.pausesForReporter ? pauses : [];
      const days = rule.trigger !== 'stage' && rule.trigger !== 'reporter_request' && start.replyDays !== null ? start.replyDays : rule.days;
      const due = calendar.addDayNumbers(dayNumber(start.occurredOn), days, rule.unit, own);
      const until = due ?? (stoppedOn ? dayNumber(stoppedOn) : dayNumber(start.occurredOn));
      out.push({
        ruleId: rule.id,
        ruleCode: rule.code,
        ruleName: rule.name,
        party: rule.party,
        days,
        unit: rule.unit,
        startedOn: start.occurredOn,
        startEventId: start.id,
        dueOn: due === null ? null : isoOfDay(due),
        stoppedOn: stoppedOn ?? null,
        stoppedByClosure: !stop && stoppedOn !== null,
        pausedDays: pausedDaysWithin(own, dayNumber(start.occurredOn), Number.isFinite(until) ? until : dayNumber(start.occurredOn)),
      });
    }
  }
  return out.sort((a, b) => (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0));
}

/** Status and working days left, for today. */
export function withStatus(c: Computed, today: string, calendar: WorkCalendar): CaseClockDto {
  let status: ClockStatus;
  if (c.stoppedOn !== null) status = c.stoppedByClosure ? 'stopped' : c.dueOn !== null && c.stoppedOn > c.dueOn ? 'metLate' : 'met';
  else if (c.dueOn === null) status = 'paused';
  else status = c.dueOn < today ? 'overdue' : 'running';
  const running = status === 'running' || status === 'overdue';
  const { stoppedByClosure: _ignored, ...rest } = c;
  return { ...rest, status, workingDaysLeft: running && c.dueOn ? calendar.workingDaysBetween(today, c.dueOn) : null };
}

export interface DueSummary {
  nextDueOn: string | null;
  nextDueRuleId: string | null;
  agencyDueOn: string | null;
}

/** The earliest due date of a running clock (any party, and agency only): what the list caches. */
export function dueSummary(clocks: readonly Computed[]): DueSummary {
  let next: Computed | null = null;
  let agency: string | null = null;
  for (const c of clocks) {
    if (c.stoppedOn !== null || c.dueOn === null) continue;
    if (!next || c.dueOn < next.dueOn!) next = c;
    if (c.party === 'agency' && (agency === null || c.dueOn < agency)) agency = c.dueOn;
  }
  return { nextDueOn: next?.dueOn ?? null, nextDueRuleId: next?.ruleId ?? null, agencyDueOn: agency };
}
