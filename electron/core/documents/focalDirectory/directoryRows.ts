import type { z } from 'zod';
import type { rosterPrintInput } from '../../../../shared/contract/documents';
import { MONTHS_ID, parseIsoDate } from '../../../../shared/dates';
import type { RosterPageDto, RosterRowDto } from '../../../../shared/dto';
import { listAgencyGroups } from '../../agencies/groups';
import { listRoster } from '../../roster/queries';
import type { ServiceContext } from '../../service';

export type DirectoryInput = z.output<typeof rosterPrintInput>;

export const DIRECTORY_TITLE = 'DAFTAR NARAHUBUNG (FOCAL POINT) INSTANSI MITRA';
export const NO_FOCAL_POINT = 'Belum ada narahubung';

export interface DirectoryGroup {
  name: string;
  rows: RosterRowDto[];
}

export interface FocalDirectory {
  /** The day the roster was read for ("Keadaan per ..."). */
  today: string;
  staleAfterMonths: number;
  total: number;
  counts: RosterPageDto['counts'];
  groups: DirectoryGroup[];
  /** The filters in words, empty when the whole register is printed. */
  filters: string[];
}

const FLAG_WORDS: Record<DirectoryInput['flag'], string> = {
  all: '',
  ok: 'hanya yang datanya lengkap',
  noFocalPoint: 'hanya yang belum ada narahubung',
  stale: 'hanya yang perlu dikonfirmasi ulang',
  rotatedRecently: 'hanya yang baru berganti narahubung',
  inactive: 'hanya instansi nonaktif',
};

/**
 * Every roster row matching the filters (no paging), grouped by kelompok instansi in the
 * groups' own order; within a group the rows keep the order the user sorted by.
 */
export async function loadFocalDirectory(input: DirectoryInput, ctx: ServiceContext): Promise<FocalDirectory> {
  const page = await listRoster(input, ctx);
  const groups = await listAgencyGroups(ctx);
  const rank = new Map(groups.map((g, i) => [g.id, i]));
  const byGroup = new Map<string, DirectoryGroup>();
  const ordered = [...page.items].sort((a, b) => (rank.get(a.groupId) ?? 1e9) - (rank.get(b.groupId) ?? 1e9));
  for (const row of ordered) {
    const group = byGroup.get(row.groupId) ?? { name: row.groupName, rows: [] };
    group.rows.push(row);
    byGroup.set(row.groupId, group);
  }
  const filters = [
    input.groupId && `kelompok ${groups.find((g) => g.id === input.groupId)?.name ?? '-'}`,
    input.region && `wilayah ${input.region}`,
    input.search.trim() && `pencarian "${input.search.trim()}"`,
    FLAG_WORDS[input.flag],
    input.includeInactive && input.flag === 'all' && 'termasuk instansi nonaktif',
  ].filter((f): f is string => Boolean(f));
  return {
    today: page.today,
    staleAfterMonths: page.staleAfterMonths,
    total: page.items.length,
    counts: page.counts,
    groups: [...byGroup.values()],
    filters,
  };
}

const SHORT_MONTHS = MONTHS_ID.map((m) => (m === 'Agustus' ? 'Agu' : m.slice(0, 3)));

/** "22 Nov 2025": dates inside narrow table columns (date lines keep the month in full). */
export function shortDateId(iso: string | null): string {
  const d = iso ? parseIsoDate(iso) : null;
  return d ? `${d.day} ${SHORT_MONTHS[d.month - 1]} ${d.year}` : '-';
}
