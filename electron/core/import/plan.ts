import type { ImportField } from '../../../shared/agencyImport';
import type { ImportAction, ImportProblemDto, ImportUnknownGroupDto } from '../../../shared/dto';
import type { Lang } from '../../../shared/messages';
import { nameKey } from '../../../shared/text';
import { groupKey, namePhoneKey, type RegisterPerson, type RegisterSnapshot } from './register';
import { problem, type RowDraft } from './rows';

export type PersonRef = { personId: string } | { reuseKey: string | null };

/** A row with what confirming it will do. */
export interface PlannedRow extends RowDraft {
  action: ImportAction;
  agencyKey: string;
  existingAgencyId: string | null;
  groupId: string | null;
  /** The earlier row of this file that creates the agency this row adds a focal point to. */
  sameAgencyAs: number | null;
  personRef: PersonRef | null;
}

interface FirstRow {
  rowNumber: number;
  row: PlannedRow;
  hasPrimary: boolean;
}

const COMPARED = ['shortName', 'region', 'address', 'phone', 'email', 'headName', 'headPosition', 'headNip'] as const;
const isError = (r: PlannedRow) => r.problems.some((p) => p.severity === 'error');

/**
 * Decides, row by row and in file order, what the import does against the register and the
 * rows above. Existing agencies are never changed: a row for one adds its focal point when the
 * agency has none, is skipped when that person already serves, and is a conflict (left to
 * "Ganti narahubung") when someone else is the serving primary.
 */
export function planRows(drafts: RowDraft[], register: RegisterSnapshot, groupMap: Record<string, string>, lang: Lang): { rows: PlannedRow[]; unknownGroups: ImportUnknownGroupDto[] } {
  const first = new Map<string, FirstRow>();
  const unknown = new Map<string, ImportUnknownGroupDto>();
  const groupIds = new Set([...register.groups.values()].map((g) => g.id));
  const rows: PlannedRow[] = [];

  for (const draft of drafts) {
    const row: PlannedRow = { ...draft, problems: [...draft.problems], action: 'create', agencyKey: nameKey(draft.values.name ?? ''), existingAgencyId: null, groupId: null, sameAgencyAs: null, personRef: null };
    rows.push(row);
    const add = (field: ImportProblemDto['field'], key: Parameters<typeof problem>[1], severity: ImportProblemDto['severity'] = 'error', params: Record<string, string | number> = {}) =>
      row.problems.push(problem(field, key, lang, severity, params));
    const role = row.assignment?.role ?? (row.values.role === 'cadangan' ? 'cadangan' : 'utama');
    if (row.withFocal && row.person) row.personRef = resolvePerson(row, register, add);
    const samePerson = (p: RegisterPerson | undefined) =>
      !!p && !!row.person && ((row.person.nip !== '' && p.nip === row.person.nip) || p.nameKey === nameKey(row.person.name) || (row.personRef !== null && 'personId' in row.personRef && row.personRef.personId === p.id));

    if (!row.agencyKey) {
      row.action = 'error';
      continue;
    }
    const earlier = first.get(row.agencyKey);
    const existing = register.agencies.get(row.agencyKey);
    if (earlier) {
      if (!row.withFocal || (role === 'utama' && earlier.hasPrimary)) {
        add('name', 'importDuplicateRow', 'error', { row: earlier.rowNumber });
      } else {
        row.action = 'addFocal';
        row.existingAgencyId = earlier.row.existingAgencyId;
        row.sameAgencyAs = earlier.row.existingAgencyId ? null : earlier.rowNumber;
        if (isError(earlier.row)) add('row', 'importDependsOnRow', 'error', { row: earlier.rowNumber });
        else if (row.existingAgencyId) decideForExisting(row, role, register, samePerson, add);
        if (differs(row, earlier.row.agency ?? {})) add('row', 'importAgencyDiffersFromRow', 'warning', { row: earlier.rowNumber });
        if (role === 'utama') earlier.hasPrimary = true;
      }
    } else if (existing) {
      row.existingAgencyId = existing.id;
      if (!row.withFocal && existing.active) {
        row.action = 'skip';
        add('name', 'importAlreadyRegistered', 'info');
      } else {
        decideForExisting(row, role, register, samePerson, add);
      }
      if (row.agency && differs(row, existing.fields)) add('row', 'importAgencyNotUpdated', 'warning');
      first.set(row.agencyKey, { rowNumber: row.rowNumber, row, hasPrimary: register.primaries.has(existing.id) || (row.withFocal && role === 'utama') });
    } else {
      const text = row.groupText;
      const key = groupKey(text);
      const mapped = groupMap[key];
      row.groupId = register.groups.get(key)?.id ?? (mapped && groupIds.has(mapped) ? mapped : null);
      if (!text) add('group', 'importGroupRequired');
      else if (!row.groupId) {
        add('group', 'importGroupUnknown', 'error', { value: text, known: register.groupNames.join(', ') });
        const entry = unknown.get(key) ?? { text, key, rows: [] };
        entry.rows.push(row.rowNumber);
        unknown.set(key, entry);
      }
      first.set(row.agencyKey, { rowNumber: row.rowNumber, row, hasPrimary: row.withFocal && role === 'utama' });
    }
    if (isError(row)) row.action = 'error';
  }
  return { rows, unknownGroups: [...unknown.values()] };
}

type Add = (field: ImportProblemDto['field'], key: 'importSameFocal' | 'importConflict' | 'importAgencyInactive', severity: ImportProblemDto['severity'], params?: Record<string, string | number>) => void;

function decideForExisting(row: PlannedRow, role: 'utama' | 'cadangan', register: RegisterSnapshot, samePerson: (p: RegisterPerson | undefined) => boolean, add: Add): void {
  const agencyId = row.existingAgencyId!;
  if (register.agencies.get(row.agencyKey)?.active === false) {
    row.action = 'skip';
    add('name', 'importAgencyInactive', 'warning');
    return;
  }
  const primary = register.primaries.get(agencyId);
  const personId = row.personRef && 'personId' in row.personRef ? row.personRef.personId : null;
  if (samePerson(primary) || (role === 'cadangan' && personId !== null && register.backups.get(agencyId)?.has(personId))) {
    row.action = 'skip';
    add('focalName', 'importSameFocal', 'info');
  } else if (role === 'utama' && primary) {
    row.action = 'conflict';
    add('focalName', 'importConflict', 'warning', { name: primary.name });
  } else {
    row.action = 'addFocal';
  }
}

/** An existing person is reused: by NIP, or (without NIP) by name and phone number. */
function resolvePerson(row: PlannedRow, register: RegisterSnapshot, add: (field: ImportField, key: 'importPersonMatched', severity: 'info', params: Record<string, string>) => void): PersonRef {
  const p = row.person!;
  const namePhone = namePhoneKey(p.name, p.phone) ?? namePhoneKey(p.name, p.whatsapp);
  const known = p.nip ? register.personsByNip.get(p.nip) : namePhone ? register.personsByNamePhone.get(namePhone) : undefined;
  if (known) {
    if (known.nameKey !== nameKey(p.name)) add('focalNip', 'importPersonMatched', 'info', { name: known.name });
    return { personId: known.id };
  }
  return { reuseKey: p.nip ? `nip:${p.nip}` : namePhone };
}

/** Some agency detail given on this row differs from the one already known. */
function differs(row: PlannedRow, known: Partial<Record<ImportField, string>>): boolean {
  if (!row.agency) return false;
  return COMPARED.some((f) => row.agency![f] !== '' && row.agency![f] !== (known[f] ?? ''));
}
