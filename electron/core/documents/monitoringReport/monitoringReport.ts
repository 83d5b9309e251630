import type { GeneratedDocumentDto } from '../../../../shared/dto';
import { todayIso } from '../../../../shared/dates';
import { progressMatrix } from '../../actionPlans/progress';
import { commitmentBoard } from '../../actionPlans/queries';
import type { ServiceContext } from '../../service';
import { documentFileName, MIME } from '../fileNames';
import { officePrintProfile } from '../officePrintProfile';
import { storeGeneratedDocument } from '../store';
import { renderMonitoringReport } from './monitoringReportPdf';

/** actionPlans.printMonitoring: the plan's monitoring report as a PDF, kept as a generated document. */
export async function printMonitoringReport(input: { planId: string }, ctx: ServiceContext): Promise<GeneratedDocumentDto> {
  const profile = await officePrintProfile(ctx);
  const matrix = await progressMatrix(input.planId, ctx);
  const board = await commitmentBoard({ planId: input.planId, filter: 'all' }, ctx);
  const today = todayIso(ctx.now());
  const { bytes, pages } = await renderMonitoringReport({ matrix, board, today }, profile, { resourcesDir: ctx.paths.resourcesDir, createdAt: ctx.now() });
  return storeGeneratedDocument(
    {
      kind: 'actionPlanMonitoring',
      title: `Laporan pemantauan ${matrix.plan.title} per ${today}`,
      fileName: documentFileName(['Laporan Pemantauan', matrix.plan.title, today], 'pdf'),
      mimeType: MIME.pdf,
      bytes,
      pages,
      related: { entity: 'action_plan', id: input.planId },
    },
    ctx,
  );
}
