import type { CaseRefs, StagePhase } from '../../../../shared/dto';

/** Columns of a case with its master-data names (aliases used by rowRefs). */
export const CASE_REF_COLUMNS = `c.agency_id, a.name AS agency_name, a.short_name AS agency_short_name, a.group_id AS agency_group_id,
  g.name AS agency_group_name, c.channel_id, ch.name AS channel_name, c.track_id, tr.name AS track_name,
  c.subject_id, sb.name AS subject_name, c.stage_id, st.name AS stage_name, st.phase AS stage_phase`;

export const CASE_REF_JOINS = `JOIN agencies a ON a.id = c.agency_id
  JOIN agency_groups g ON g.id = a.group_id
  JOIN case_master_items ch ON ch.id = c.channel_id
  JOIN case_master_items tr ON tr.id = c.track_id
  JOIN case_master_items sb ON sb.id = c.subject_id
  JOIN case_master_items st ON st.id = c.stage_id`;

export type RefRow = Record<string, string | number | null>;

export function rowRefs(r: RefRow): CaseRefs {
  return {
    agencyId: String(r.agency_id),
    agencyName: String(r.agency_name),
    agencyShortName: String(r.agency_short_name ?? ''),
    agencyGroupId: String(r.agency_group_id),
    agencyGroupName: String(r.agency_group_name),
    channelId: String(r.channel_id),
    channelName: String(r.channel_name),
    trackId: String(r.track_id),
    trackName: String(r.track_name),
    subjectId: String(r.subject_id),
    subjectName: String(r.subject_name),
    stageId: String(r.stage_id),
    stageName: String(r.stage_name),
    stagePhase: r.stage_phase as StagePhase,
  };
}

/** Maladministration types of some cases: case id -> [ids, names] in the list's order. */
export async function maladministrationOf(ids: readonly string[], query: (sql: string, params: unknown[]) => Promise<unknown>): Promise<Map<string, { ids: string[]; names: string[] }>> {
  const out = new Map<string, { ids: string[]; names: string[] }>(ids.map((id) => [id, { ids: [], names: [] }]));
  if (ids.length === 0) return out;
  const rows = (await query(
    `SELECT x.case_id, m.id, m.name FROM case_maladministration x JOIN case_master_items m ON m.id = x.type_id
      WHERE x.case_id IN (${ids.map(() => '?').join(', ')}) ORDER BY m.sort_order, m.name_key`,
    [...ids],
  )) as Array<{ case_id: string; id: string; name: string }>;
  for (const r of rows) {
    const entry = out.get(r.case_id);
    entry?.ids.push(r.id);
    entry?.names.push(r.name);
  }
  return out;
}
