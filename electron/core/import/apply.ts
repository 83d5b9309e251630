import type { AgencyDto, AssignmentDto, ImportProblemDto } from '../../../shared/dto';
import { isImportField, type ImportField } from '../../../shared/agencyImport';
import { msg, type Lang } from '../../../shared/messages';
import { createAgency } from '../agencies/service';
import { DomainError } from '../errors';
import { assignFocalPoint } from '../roster/assignments';
import type { ServiceContext } from '../service';
import type { PlannedRow } from './plan';

/** What earlier rows of this import created: agency ids by name key, person ids by reuse key. */
export interface ApplyState {
  agencyIds: Map<string, string>;
  personIds: Map<string, string>;
}

export interface RowOutcome {
  agency: AgencyDto | null;
  assignment: AssignmentDto | null;
  personCreated: boolean;
  personKey: string | null;
}

export const newApplyState = (): ApplyState => ({ agencyIds: new Map(), personIds: new Map() });

/** Rows that write something when confirmed. */
export const writes = (row: PlannedRow): boolean => row.action === 'create' || row.action === 'addFocal';

/**
 * Writes one row through the same services as the forms (createAgency, assignFocalPoint with
 * a new or known person), so every rule and audit entry of theirs applies. Reads the state,
 * never changes it: the caller records the outcome once the row has succeeded.
 */
export async function applyRow(row: PlannedRow, state: ApplyState, ctx: ServiceContext): Promise<RowOutcome> {
  let agency: AgencyDto | null = null;
  let agencyId = row.existingAgencyId ?? state.agencyIds.get(row.agencyKey) ?? null;
  if (row.action === 'create') {
    agency = await createAgency({ ...row.agency!, groupId: row.groupId! }, ctx);
    agencyId = agency.id;
  }
  if (!agencyId) throw new DomainError('PRECONDITION', 'importDependsOnRow', { row: row.sameAgencyAs ?? '?' });
  if (!row.withFocal || !row.assignment || !row.person || !row.personRef) return { agency, assignment: null, personCreated: false, personKey: null };

  const reuseKey = 'reuseKey' in row.personRef ? row.personRef.reuseKey : null;
  const knownId = 'personId' in row.personRef ? row.personRef.personId : reuseKey ? state.personIds.get(reuseKey) : undefined;
  const assignment = await assignFocalPoint(
    { ...row.assignment, agencyId, person: knownId ? { personId: knownId } : { newPerson: row.person } },
    ctx,
  );
  return { agency, assignment, personCreated: !knownId, personKey: knownId ? null : reuseKey };
}

export function recordOutcome(row: PlannedRow, outcome: RowOutcome, state: ApplyState): void {
  if (outcome.agency) state.agencyIds.set(row.agencyKey, outcome.agency.id);
  if (outcome.personKey && outcome.assignment) state.personIds.set(outcome.personKey, outcome.assignment.person.id);
}

/** Which column a service's field error belongs to. */
function fieldOf(path: string): ImportField | 'row' {
  if (path === 'groupId') return 'group';
  if (path.endsWith('.nip')) return 'focalNip';
  if (path.startsWith('person')) return 'focalName';
  return isImportField(path) ? path : 'row';
}

/** A service's refusal as the row's problems, in the request's language. */
export function problemsFromError(error: unknown, lang: Lang): ImportProblemDto[] {
  if (error instanceof DomainError) {
    const app = error.toAppError(lang);
    const fields = Object.entries(app.fields ?? {});
    if (fields.length === 0) return [{ field: 'row', code: error.key, message: app.message, severity: 'error' }];
    return fields.map(([path, f]) => ({ field: fieldOf(path), code: f.code, message: f.message, severity: 'error', ...(f.params ? { params: f.params } : {}) }));
  }
  return [{ field: 'row', code: 'internal', message: msg('internal', {}, lang), severity: 'error' }];
}
