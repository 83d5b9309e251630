import type { z } from 'zod';
import type { caseExportInput } from '../../../../shared/contract/cases';
import type { ServiceContext } from '../../service';
import { canSeeIdentity } from '../confidentiality';
import { ftsAllWords } from '../search/ftsQuery';

type Filters = z.output<typeof caseExportInput>;

export interface DueBounds {
  today: string;
  /** Last day that still counts as "due soon" (today + N working days). */
  dueSoonLimit: string;
}

/**
 * The WHERE clause of the case list, on `cases c` only (no joins), so counting never touches
 * the master-data or agency tables. Overdue and due-soon read the cached next_due_on (see
 * deadlines/refresh.ts) with today's bounds, so no case's clocks are computed to filter.
 * Full text: register and SIMPeL numbers, summary, chronology; reporter names of
 * non-confidential cases for everyone, of confidential cases only for callers allowed.
 */
export function caseListWhere(input: Filters, due: DueBounds, ctx: Pick<ServiceContext, 'request'>): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...p: unknown[]) => {
    clauses.push(sql);
    params.push(...p);
  };
  if (input.state === 'open') add('c.closed_on IS NULL');
  if (input.state === 'closed') add('c.closed_on IS NOT NULL');
  if (input.stageId) add('c.stage_id = ?', input.stageId);
  if (input.agencyId) add('c.agency_id = ?', input.agencyId);
  if (input.groupId) add('c.agency_id IN (SELECT id FROM agencies WHERE group_id = ?)', input.groupId);
  if (input.subjectId) add('c.subject_id = ?', input.subjectId);
  if (input.channelId) add('c.channel_id = ?', input.channelId);
  if (input.trackId) add('c.track_id = ?', input.trackId);
  if (input.maladministrationId) add('c.id IN (SELECT case_id FROM case_maladministration WHERE type_id = ?)', input.maladministrationId);
  if (input.assignedStaff !== undefined && input.assignedStaff !== '') add('c.assigned_staff = ?', input.assignedStaff);
  if (input.receivedFrom) add('c.received_on >= ?', input.receivedFrom);
  if (input.receivedTo) add('c.received_on <= ?', input.receivedTo);
  if (input.due === 'overdue') add('c.next_due_on < ?', due.today);
  if (input.due === 'dueSoon') add('c.next_due_on >= ? AND c.next_due_on <= ?', due.today, due.dueSoonLimit);
  if (input.due === 'running') add('c.next_due_on IS NOT NULL');
  const match = ftsAllWords(input.search);
  // Text with no word in it ("%", "*", quotes) is searched for literally: nothing has it.
  if (!match && input.search.trim() !== '') add('0 = 1');
  if (match) {
    const names = canSeeIdentity(ctx) ? '' : 'c.confidential = 0 AND ';
    add(
      `(c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)
        OR (${names}c.id IN (SELECT r.case_id FROM case_reporters r WHERE r.rowid IN (SELECT rowid FROM case_reporters_fts WHERE case_reporters_fts MATCH ?))))`,
      match,
      match,
    );
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * Sort orders, each total (register year and number are unique together, and a case's
 * register year is its received year), so paging is stable; each matches an index on cases.
 */
export const ORDER_BY: Record<Filters['sortBy'], (dir: string, dueFiltered: boolean) => string> = {
  receivedOn: (dir) => `c.received_on ${dir}, c.register_seq ${dir}`,
  registerNumber: (dir) => `c.register_year ${dir}, c.register_seq ${dir}`,
  // With a due filter no row lacks a due date, and without the IS NULL term the index gives the order.
  nextDueOn: (dir, dueFiltered) => `${dueFiltered ? '' : 'c.next_due_on IS NULL, '}c.next_due_on ${dir}, c.register_year, c.register_seq`,
  agency: (dir) => `(SELECT name_key FROM agencies WHERE id = c.agency_id) ${dir}, c.received_on DESC, c.register_seq DESC`,
  updatedAt: (dir) => `c.updated_at ${dir}, c.register_year, c.register_seq`,
};

export type { Filters as CaseFilters };
