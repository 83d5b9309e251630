import type { GeneratedDocumentDto } from '../../../../shared/dto';
import { getEventDetail } from '../../events/queries';
import type { ServiceContext } from '../../service';
import { documentFileName, MIME } from '../fileNames';
import { officePrintProfile } from '../officePrintProfile';
import { storeGeneratedDocument } from '../store';
import { renderAttendanceList } from './attendanceListPdf';

/** events.printAttendanceList: the daftar hadir as a PDF, kept as a generated document. */
export async function printAttendanceList(input: { eventId: string; blankRows: number }, ctx: ServiceContext): Promise<GeneratedDocumentDto> {
  const profile = await officePrintProfile(ctx);
  const detail = await getEventDetail(input.eventId, ctx);
  const { bytes, pages } = await renderAttendanceList(detail, profile, { resourcesDir: ctx.paths.resourcesDir, createdAt: ctx.now(), blankRows: input.blankRows });
  return storeGeneratedDocument(
    {
      kind: 'attendanceList',
      title: `Daftar hadir ${detail.event.title}`,
      fileName: documentFileName(['Daftar Hadir', detail.event.title, detail.event.startDate], 'pdf'),
      mimeType: MIME.pdf,
      bytes,
      pages,
      related: { entity: 'event', id: detail.event.id },
    },
    ctx,
  );
}
