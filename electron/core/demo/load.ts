import type { EntitySchema } from 'typeorm';
import { nameKey } from '../../../shared/text';
import { FocalAssignmentEntity, FocalPersonEntity, type FocalAssignment, type FocalPerson } from '../roster/entities';
import { AgencyEntity, AgencyGroupEntity, type Agency, type AgencyGroup } from '../agencies/entities';
import { DomainError } from '../errors';
import type { ServiceContext } from '../service';
import { OfficeSettingsEntity } from '../settings/entity';
import { toSettingsDto } from '../settings/service';
import { uuidv7 } from '../../../shared/uuid';
import type { DemoData } from './generate';
import { loadDemoCases } from './cases';
import { loadDemoPartnerships } from './partnerships';
import { loadDemoCeremony } from './ceremonyLoad';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../auth/sessions';
import { stampUsersWithOffice } from '../auth/users';

const CHUNK = 40; // SQLite's bound-parameter limit / columns per row, with margin

async function insertChunked<T extends object>(ctx: ServiceContext, entity: EntitySchema<T>, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await ctx.manager.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + CHUNK) as never).execute();
  }
}

/** Fills an empty database with a demo office (first-run choice, tests, benchmarks). */
export async function loadDemoData(data: DemoData, ctx: ServiceContext): Promise<{ agencies: number }> {
  const [settings, agencies] = await Promise.all([
    ctx.manager.count(OfficeSettingsEntity),
    ctx.manager.count(AgencyEntity),
  ]);
  if (settings > 0 || agencies > 0) throw new DomainError('PRECONDITION', 'notEmpty');
  const now = ctx.now().toISOString();
  const code = data.office.officeCode;

  // A demo office starts like a new one: updates on, no feed until an admin enters it.
  const office = { id: uuidv7(), isLocal: true, logoDataUrl: null, updatesEnabled: true, updateFeedUrl: '', idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES, createdAt: now, updatedAt: now, ...data.office };
  await ctx.manager.insert(OfficeSettingsEntity, office);
  // The administrator who loads the demo was created before the office existed.
  await stampUsersWithOffice(ctx, code);

  const groups: AgencyGroup[] = data.groups.map((g) => ({ ...g, officeCode: code, nameKey: nameKey(g.name), active: true, createdAt: now, updatedAt: now }));
  await ctx.manager.insert(AgencyGroupEntity, groups);
  const groupId = new Map(groups.map((g) => [g.name, g.id]));

  const rows: Agency[] = data.agencies.map((a) => ({
    id: a.id,
    officeCode: code,
    name: a.name,
    nameKey: nameKey(a.name),
    shortName: a.shortName,
    groupId: groupId.get(a.group)!,
    region: a.region,
    address: a.address,
    phone: a.phone,
    email: a.email,
    headName: a.headName,
    headPosition: a.headPosition,
    headNip: a.headNip,
    active: a.active,
    deactivatedAt: a.active ? null : now,
    deactivationReason: a.active ? '' : 'Data contoh: instansi digabung',
    notes: a.notes,
    createdAt: now,
    updatedAt: now,
  }));
  await insertChunked(ctx, AgencyEntity, rows);

  const persons: FocalPerson[] = data.persons.map((p) => ({ ...p, officeCode: code, nameKey: nameKey(p.name), notes: '', createdAt: now, updatedAt: now }));
  const assignments: FocalAssignment[] = data.assignments.map((a) => ({ ...a, officeCode: code, endNote: '', notes: '', createdAt: now, updatedAt: now }));
  await insertChunked(ctx, FocalPersonEntity, persons);
  await insertChunked(ctx, FocalAssignmentEntity, assignments);
  await loadDemoPartnerships(data, ctx, code, now);
  await loadDemoCeremony(data.ceremony, ctx, code, now);
  await loadDemoCases(data, ctx, code);

  await ctx.audit.record({ entity: 'office_settings', entityId: office.id, action: 'create', before: null, after: toSettingsDto(office) });
  await ctx.audit.recordMany([
    ...groups.map((g) => ({ entity: 'agency_group', entityId: g.id, action: 'create', before: null, after: g })),
    ...rows.map((r) => ({ entity: 'agency', entityId: r.id, action: 'create', before: null, after: r })),
    ...persons.map((r) => ({ entity: 'focal_person', entityId: r.id, action: 'create', before: null, after: r })),
    ...assignments.map((r) => ({ entity: 'focal_assignment', entityId: r.id, action: 'assign', before: null, after: r })),
  ]);
  return { agencies: rows.length };
}
