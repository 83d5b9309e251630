import { nameKey } from '../../../shared/text';
import type { ServiceContext } from '../service';
import { headerKey } from './headers';

export interface RegisterAgency {
  id: string;
  name: string;
  active: boolean;
  fields: Record<'shortName' | 'region' | 'address' | 'phone' | 'email' | 'headName' | 'headPosition' | 'headNip', string>;
}

export interface RegisterPerson {
  id: string;
  name: string;
  nameKey: string;
  nip: string;
}

/** What the plan needs to know about the register, read once per preview or commit. */
export interface RegisterSnapshot {
  agencies: Map<string, RegisterAgency>;
  /** Active groups by a loose key of their name ("Pemerintah Kabupaten/Kota" = "pemerintah kabupaten kota"). */
  groups: Map<string, { id: string; name: string }>;
  groupNames: string[];
  /** The primary focal point serving today, per agency id. */
  primaries: Map<string, RegisterPerson>;
  /** Backups serving today, per agency id (person ids). */
  backups: Map<string, Set<string>>;
  personsByNip: Map<string, RegisterPerson>;
  /** Persons without a NIP told apart by name and phone: "name key|digits". */
  personsByNamePhone: Map<string, RegisterPerson>;
}

export const groupKey = (text: string): string => headerKey(text);
export const digits = (s: string): string => s.replace(/\D/g, '');
export const namePhoneKey = (name: string, phone: string): string | null => (digits(phone) ? `${nameKey(name)}|${digits(phone)}` : null);

type Row = Record<string, string | number | null>;
const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export async function readRegister(ctx: Pick<ServiceContext, 'manager'>, today: string): Promise<RegisterSnapshot> {
  const q = (sql: string, params: unknown[] = []) => ctx.manager.query(sql, params) as Promise<Row[]>;
  const agencies = new Map<string, RegisterAgency>();
  for (const r of await q(`SELECT id, name, name_key, active, short_name, region, address, phone, email, head_name, head_position, head_nip FROM agencies`)) {
    agencies.set(s(r.name_key), {
      id: s(r.id),
      name: s(r.name),
      active: r.active === 1,
      fields: { shortName: s(r.short_name), region: s(r.region), address: s(r.address), phone: s(r.phone), email: s(r.email), headName: s(r.head_name), headPosition: s(r.head_position), headNip: s(r.head_nip) },
    });
  }
  const groups = new Map<string, { id: string; name: string }>();
  const groupNames: string[] = [];
  for (const r of await q(`SELECT id, name FROM agency_groups WHERE active = 1 ORDER BY sort_order, name_key`)) {
    groups.set(groupKey(s(r.name)), { id: s(r.id), name: s(r.name) });
    groupNames.push(s(r.name));
  }
  const persons = new Map<string, RegisterPerson>();
  const personsByNip = new Map<string, RegisterPerson>();
  const personsByNamePhone = new Map<string, RegisterPerson>();
  for (const r of await q(`SELECT id, name, name_key, nip, phone, whatsapp FROM focal_persons`)) {
    const p: RegisterPerson = { id: s(r.id), name: s(r.name), nameKey: s(r.name_key), nip: s(r.nip) };
    persons.set(p.id, p);
    if (p.nip) personsByNip.set(p.nip, p);
    for (const phone of [s(r.phone), s(r.whatsapp)]) {
      const key = namePhoneKey(p.name, phone);
      if (key) personsByNamePhone.set(key, p);
    }
  }
  const primaries = new Map<string, RegisterPerson>();
  const backups = new Map<string, Set<string>>();
  const serving = await q(
    `SELECT agency_id, person_id, role FROM focal_assignments WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?)`,
    [today, today],
  );
  for (const r of serving) {
    const person = persons.get(s(r.person_id));
    if (!person) continue;
    if (r.role === 'utama') primaries.set(s(r.agency_id), person);
    else backups.set(s(r.agency_id), (backups.get(s(r.agency_id)) ?? new Set()).add(person.id));
  }
  return { agencies, groups, groupNames, primaries, backups, personsByNip, personsByNamePhone };
}
