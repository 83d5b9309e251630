import { nameKey } from '../../../shared/text';
import { uuidv7 } from '../../../shared/uuid';
import type { ServiceContext } from '../service';
import { AgencyGroupEntity, type AgencyGroup } from './entities';

/** Kelompok instansi offered to a new office (domain.md); the office may edit the list. */
export const DEFAULT_AGENCY_GROUPS = [
  'Pemerintah Provinsi',
  'Pemerintah Kabupaten/Kota',
  'Inspektorat',
  'Instansi Vertikal/Kantor Wilayah',
  'Kepolisian',
  'BUMN/BUMD',
  'BPJS',
  'Lembaga Lain',
] as const;

export async function ensureDefaultGroups(ctx: ServiceContext, officeCode: string): Promise<AgencyGroup[]> {
  const existing = await ctx.manager.count(AgencyGroupEntity, { where: { officeCode } });
  if (existing > 0) return [];
  const now = ctx.now().toISOString();
  const rows: AgencyGroup[] = DEFAULT_AGENCY_GROUPS.map((name, i) => ({
    id: uuidv7(),
    officeCode,
    name,
    nameKey: nameKey(name),
    sortOrder: (i + 1) * 10,
    active: true,
    createdAt: now,
    updatedAt: now,
  }));
  await ctx.manager.insert(AgencyGroupEntity, rows);
  await ctx.audit.recordMany(rows.map((r) => ({ entity: 'agency_group', entityId: r.id, action: 'create', before: null, after: r })));
  return rows;
}
