import type { GeneratedDocumentDto } from '../../../../shared/dto';
import { DomainError } from '../../errors';
import { getAssignment } from '../../roster/queries';
import type { ServiceContext } from '../../service';
import { documentFileName, MIME } from '../fileNames';
import { collectHandoverSections } from '../handoverSections';
import { officePrintProfile } from '../officePrintProfile';
import { storeGeneratedDocument } from '../store';
import { renderHandoverSheet } from './handoverSheet';

export interface HandoverInput {
  endedAssignmentId: string;
  startedAssignmentId: string;
}

/**
 * "Berita acara serah terima narahubung" for one rotation: who hands over to whom, on the
 * incoming focal point's first day, with what Simpul knows to be still open with the agency.
 * The PDF is kept as a generated document linked to the incoming assignment.
 */
export async function generateHandoverSheet(input: HandoverInput, ctx: ServiceContext): Promise<GeneratedDocumentDto> {
  if (input.endedAssignmentId === input.startedAssignmentId) {
    throw new DomainError('VALIDATION', 'handoverSameAssignment', {}, { startedAssignmentId: { key: 'handoverSameAssignment' } });
  }
  const outgoing = await getAssignment(input.endedAssignmentId, ctx);
  const incoming = await getAssignment(input.startedAssignmentId, ctx);
  if (outgoing.agencyId !== incoming.agencyId) {
    throw new DomainError('VALIDATION', 'handoverAgencyMismatch', {}, { startedAssignmentId: { key: 'handoverAgencyMismatch' } });
  }
  const date = incoming.startDate;
  const profile = await officePrintProfile(ctx);
  const sections = await collectHandoverSections(ctx, incoming.agencyId, date);
  const { bytes, pages } = await renderHandoverSheet({
    profile,
    agencyName: incoming.agencyName,
    date,
    outgoing,
    incoming,
    sections,
    resourcesDir: ctx.paths.resourcesDir,
    createdAt: ctx.now(),
  });
  return storeGeneratedDocument(
    {
      kind: 'focalHandover',
      title: `Berita acara serah terima narahubung ${incoming.agencyName}`,
      fileName: documentFileName(['Berita Acara Serah Terima Narahubung', incoming.agencyName, date], 'pdf'),
      mimeType: MIME.pdf,
      bytes,
      pages,
      related: { entity: 'focal_assignment', id: incoming.id },
    },
    ctx,
  );
}
