import type { DashboardDto, StagePhase } from '../../../../shared/dto';
import { asOf } from '../../roster/queries';
import type { ServiceContext } from '../../service';
import { yearTarget } from '../settings';
import { caseCounts, dueBounds } from './list';

type Ctx = Pick<ServiceContext, 'manager' | 'now' | 'request'>;

/** Beranda: open cases by stage, agencies with overdue agency-side deadlines, closures against the year's target. */
export async function caseDashboard(ctx: Ctx): Promise<DashboardDto> {
  const bounds = await dueBounds(ctx);
  const year = Number(bounds.today.slice(0, 4));
  const counts = await caseCounts(bounds, ctx);
  const byStage = (await ctx.manager.query(
    `SELECT s.id, s.name, s.phase, (SELECT count(*) FROM cases c WHERE c.stage_id = s.id AND c.closed_on IS NULL) AS n
       FROM case_master_items s WHERE s.list = 'stage' AND s.phase <> 'closed' AND (s.active = 1 OR EXISTS (SELECT 1 FROM cases c WHERE c.stage_id = s.id AND c.closed_on IS NULL))
      ORDER BY s.sort_order, s.name_key`,
  )) as Array<{ id: string; name: string; phase: StagePhase; n: number }>;
  const overdue = (await ctx.manager.query(
    `SELECT c.agency_id, a.name, count(*) AS n FROM cases c JOIN agencies a ON a.id = c.agency_id
      WHERE c.agency_due_on IS NOT NULL AND c.agency_due_on < ? GROUP BY c.agency_id ORDER BY n DESC, a.name_key LIMIT 10`,
    [bounds.today],
  )) as Array<{ agency_id: string; name: string; n: number }>;
  const overdueByAgency: DashboardDto['overdueByAgency'] = [];
  for (const o of overdue) {
    const { primary } = await asOf(o.agency_id, bounds.today, ctx);
    overdueByAgency.push({
      agencyId: o.agency_id,
      agencyName: o.name,
      count: o.n,
      focalPointName: primary?.person.name ?? null,
      focalPointWhatsapp: primary ? primary.person.whatsapp || primary.person.phone || null : null,
    });
  }
  const [y] = (await ctx.manager.query(
    `SELECT (SELECT count(*) FROM cases WHERE closed_on >= ? AND closed_on <= ?) AS closed,
            (SELECT count(*) FROM cases WHERE received_on >= ? AND received_on <= ?) AS received`,
    [`${year}-01-01`, `${year}-12-31`, `${year}-01-01`, `${year}-12-31`],
  )) as [{ closed: number; received: number }];
  return {
    today: bounds.today,
    year,
    ...counts,
    openByStage: byStage.map((s) => ({ stageId: s.id, stageName: s.name, phase: s.phase, count: s.n })),
    overdueByAgency,
    closedThisYear: y.closed,
    target: await yearTarget(year, ctx),
    receivedThisYear: y.received,
  };
}
