/**
 * Confidentiality by construction. A reporter's identity lives in case_reporters, apart from
 * the case, and every channel reads it only through `reporterView` / `reporterNameView` here,
 * which mask it for a confidential case unless the request holds `confidential.read`. Printed
 * documents and exports never show a confidential identity at all (`PRINT_MASK`), and refuse
 * to run while the case's own free text still contains it (`assertNoLeak`). The audit trail
 * records digests of identity fields, never the identity.
 */
import { createHash } from 'node:crypto';
import type { CaseReporterDto, LeakFindingDto } from '../../../shared/dto';
import { formatDateId } from '../../../shared/dates';
import { DomainError } from '../errors';
import type { ServiceContext } from '../service';

export const PRINT_MASK = 'Dirahasiakan (Pasal 24 ayat (2) UU 37/2008)';

export interface ReporterIdentity {
  name: string;
  address: string;
  phone: string;
  email: string;
  idNumber: string;
  representing: string;
}

export const canSeeIdentity = (ctx: Pick<ServiceContext, 'request'>): boolean => ctx.request.permissions.has('confidential.read');

export function reporterView(identity: ReporterIdentity | null, confidential: boolean, ctx: Pick<ServiceContext, 'request'>): CaseReporterDto {
  if (!identity || (confidential && !canSeeIdentity(ctx))) return { masked: true };
  return { masked: false, ...identity };
}

export function reporterNameView(name: string | null, confidential: boolean, ctx: Pick<ServiceContext, 'request'>): string | null {
  return name === null || (confidential && !canSeeIdentity(ctx)) ? null : name;
}

/** What the audit keeps of an identity: which fields were filled, and their SHA-256. */
export function identityDigest(identity: ReporterIdentity): Record<string, string> {
  return Object.fromEntries(Object.entries(identity).map(([k, v]) => [k, v === '' ? '' : `sha256:${createHash('sha256').update(v).digest('hex').slice(0, 16)}`]));
}

// ---- leak check ---------------------------------------------------------------------------

const words = (s: string): string =>
  ` ${s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('id-ID')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Indonesian numbers without country code or trunk prefix: "+62 812-34" and "0812 34" agree. */
const nationalDigits = (digits: string): string => digits.replace(/^(?:62|0)+/, '');

/** Digit runs of a text, separators (space, dot, dash, brackets, slash) allowed inside a run. */
function digitRuns(text: string): string[] {
  return (text.match(/\+?\d[\d\s.()\-/]*\d|\d/g) ?? []).map((run) => run.replace(/\D/g, ''));
}

export interface LeakTarget {
  field: string;
  label: string;
  text: string;
  eventId?: string | null;
}

/** Where the identity appears in the texts; what was found is named, never quoted. */
export function findLeaks(identity: ReporterIdentity, targets: readonly LeakTarget[]): LeakFindingDto[] {
  const findings: LeakFindingDto[] = [];
  const name = words(identity.name).trim();
  const nameParts = name.split(' ').filter(Boolean);
  const names = [name, ...(nameParts.length >= 3 ? [nameParts.slice(0, 2).join(' ')] : [])].filter((n) => n.length >= 3);
  const phone = nationalDigits(identity.phone.replace(/\D/g, ''));
  const idCompact = identity.idNumber.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const email = identity.email.trim().toLowerCase();
  for (const t of targets) {
    if (!t.text) continue;
    const hit = (what: LeakFindingDto['what']) => findings.push({ field: t.field, label: t.label, what, eventId: t.eventId ?? null });
    const w = words(t.text);
    if (names.some((n) => w.includes(` ${n} `))) hit('name');
    const runs = digitRuns(t.text);
    if (phone.length >= 6 && runs.some((r) => nationalDigits(r).includes(phone))) hit('phone');
    if (idCompact.length >= 6 && (runs.some((r) => r.includes(idCompact)) || t.text.toUpperCase().replace(/[^A-Z0-9]/g, '').includes(idCompact))) hit('idNumber');
    if (email.length >= 5 && t.text.toLowerCase().includes(email)) hit('email');
  }
  return findings;
}

interface CaseTextRow {
  summary: string;
  chronology: string;
  expected_outcome: string;
  agency_unit: string;
  closure_reason: string;
  simpel_number: string;
}

/** Every free text of a case that a printout or export may carry, with the place it is shown. */
export async function caseLeakTargets(caseId: string, ctx: Pick<ServiceContext, 'manager'>): Promise<LeakTarget[]> {
  const [c] = (await ctx.manager.query(`SELECT summary, chronology, expected_outcome, agency_unit, closure_reason, simpel_number FROM cases WHERE id = ?`, [caseId])) as CaseTextRow[];
  if (!c) return [];
  const targets: LeakTarget[] = [
    { field: 'summary', label: 'Ringkasan laporan', text: c.summary },
    { field: 'chronology', label: 'Kronologi', text: c.chronology },
    { field: 'expectedOutcome', label: 'Harapan pelapor', text: c.expected_outcome },
    { field: 'agencyUnit', label: 'Unit terlapor', text: c.agency_unit },
    { field: 'closureReason', label: 'Alasan penutupan', text: c.closure_reason },
  ];
  const events = (await ctx.manager.query(`SELECT id, occurred_on, title, details FROM case_events WHERE case_id = ? ORDER BY occurred_on, seq`, [caseId])) as Array<{
    id: string;
    occurred_on: string;
    title: string;
    details: string;
  }>;
  for (const e of events) {
    const label = `Riwayat ${formatDateId(e.occurred_on)}`;
    targets.push({ field: `events.${e.id}.title`, label, text: e.title, eventId: e.id }, { field: `events.${e.id}.details`, label, text: e.details, eventId: e.id });
  }
  const links = (await ctx.manager.query(`SELECT id, note FROM case_links WHERE case_a_id = ? OR case_b_id = ?`, [caseId, caseId])) as Array<{ id: string; note: string }>;
  for (const l of links) targets.push({ field: `links.${l.id}.note`, label: 'Catatan laporan terkait', text: l.note });
  return targets;
}

export async function loadIdentity(caseId: string, ctx: Pick<ServiceContext, 'manager'>): Promise<ReporterIdentity | null> {
  const [r] = (await ctx.manager.query(`SELECT name, address, phone, email, id_number, representing FROM case_reporters WHERE case_id = ?`, [caseId])) as Array<{
    name: string;
    address: string;
    phone: string;
    email: string;
    id_number: string;
    representing: string;
  }>;
  return r ? { name: r.name, address: r.address, phone: r.phone, email: r.email, idNumber: r.id_number, representing: r.representing } : null;
}

/** The leak check of one case (only confidential cases can leak). */
export async function leakCheck(caseId: string, ctx: Pick<ServiceContext, 'manager'>, extra: LeakTarget[] = []): Promise<LeakFindingDto[]> {
  const [c] = (await ctx.manager.query(`SELECT confidential FROM cases WHERE id = ?`, [caseId])) as Array<{ confidential: number }>;
  if (!c || c.confidential !== 1) return [];
  const identity = await loadIdentity(caseId, ctx);
  if (!identity) return [];
  return findLeaks(identity, [...(await caseLeakTargets(caseId, ctx)), ...extra]);
}

/** Stops a print or export while the identity is in the case's text; the fields are marked. */
export async function assertNoLeak(caseId: string, ctx: Pick<ServiceContext, 'manager'>, extra: LeakTarget[] = []): Promise<void> {
  const findings = await leakCheck(caseId, ctx, extra);
  if (findings.length === 0) return;
  const places = [...new Set(findings.map((f) => f.label))].join(', ');
  const fields = Object.fromEntries(findings.map((f) => [f.field, { key: 'caseLeakFound' as const, params: { places: f.label } }]));
  throw new DomainError('PRECONDITION', 'caseLeakFound', { places }, fields);
}
