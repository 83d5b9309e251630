import type { GeneratedDocumentDto } from '../../../../shared/dto';
import type { ServiceContext } from '../../service';
import { documentFileName, MIME } from '../fileNames';
import { officePrintProfile } from '../officePrintProfile';
import { storeGeneratedDocument } from '../store';
import { renderFocalDirectoryPdf } from './directoryPdf';
import { loadFocalDirectory, type DirectoryInput } from './directoryRows';
import { renderFocalDirectoryXlsx } from './directoryXlsx';

/** roster.printDirectory: the directory of focal points as a PDF, kept as a generated document. */
export async function printFocalDirectory(input: DirectoryInput, ctx: ServiceContext): Promise<GeneratedDocumentDto> {
  const profile = await officePrintProfile(ctx);
  const directory = await loadFocalDirectory(input, ctx);
  const { bytes, pages } = await renderFocalDirectoryPdf(directory, profile, { resourcesDir: ctx.paths.resourcesDir, createdAt: ctx.now() });
  return storeGeneratedDocument(
    {
      kind: 'focalDirectory',
      title: `Daftar narahubung per ${directory.today}`,
      fileName: documentFileName(['Daftar Narahubung', directory.today], 'pdf'),
      mimeType: MIME.pdf,
      bytes,
      pages,
    },
    ctx,
  );
}

/** roster.exportXlsx: the same rows, with group, region, NIP and decree, as a workbook. */
export async function exportFocalDirectoryXlsx(input: DirectoryInput, ctx: ServiceContext): Promise<GeneratedDocumentDto> {
  const profile = await officePrintProfile(ctx);
  const directory = await loadFocalDirectory(input, ctx);
  const bytes = await renderFocalDirectoryXlsx(directory, { officeName: profile.officeName, createdAt: ctx.now() });
  return storeGeneratedDocument(
    {
      kind: 'focalDirectoryXlsx',
      title: `Daftar narahubung per ${directory.today} (Excel)`,
      fileName: documentFileName(['Daftar Narahubung', directory.today], 'xlsx'),
      mimeType: MIME.xlsx,
      bytes,
      pages: null,
    },
    ctx,
  );
}
