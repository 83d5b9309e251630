import type { GeneratedDocumentDto } from '../../../../shared/dto';
import { documentFileName, MIME } from '../../documents/fileNames';
import { officePrintProfile } from '../../documents/officePrintProfile';
import { storeGeneratedDocument } from '../../documents/store';
import type { ServiceContext } from '../../service';
import { assertNoLeak, loadIdentity } from '../confidentiality';
import { getCase } from '../queries/detail';
import { renderCaseFile } from './caseFilePdf';

/** "Cetak berkas": the whole case with its timeline, after the leak check; never a confidential identity. */
export async function printCaseFile(caseId: string, ctx: ServiceContext): Promise<GeneratedDocumentDto> {
  const detail = await getCase(caseId, ctx);
  await assertNoLeak(caseId, ctx);
  const identity = detail.confidential ? null : await loadIdentity(caseId, ctx);
  const { bytes, pages } = await renderCaseFile(detail, identity, await officePrintProfile(ctx), ctx.request.actor.name, ctx.paths.resourcesDir, ctx.now());
  return storeGeneratedDocument(
    {
      kind: 'caseFile',
      title: `Berkas laporan ${detail.registerNumber}`,
      fileName: documentFileName(['Berkas Laporan', detail.registerNumber.replace(/\//g, '-')], 'pdf'),
      mimeType: MIME.pdf,
      bytes,
      pages,
      related: { entity: 'case', id: caseId },
    },
    ctx,
  );
}
