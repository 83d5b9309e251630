import { z } from 'zod';
import type { GeneratedDocumentDto } from '../dto';
import { recordId } from '../validation';
import { delivery, mutation } from './define';
import { rosterListInput } from './roster';

/** The roster's filters and sort, without paging: a printout or export holds every match. */
export const rosterPrintInput = rosterListInput.omit({ page: true, pageSize: true });
export type RosterPrintInput = z.input<typeof rosterPrintInput>;

export const handoverInput = z.object({ endedAssignmentId: recordId(), startedAssignmentId: recordId() }).strict();

/**
 * Generated documents: each generating channel writes a file and a generated_documents row
 * (hence mutations with an audit entry, even where viewers may print), and
 * documents.deliver hands a stored file to the user (system viewer, save dialog, download).
 */
export const documentChannels = {
  'documents.deliver': delivery()(z.object({ id: recordId(), mode: z.enum(['open', 'saveAs']).default('open') }).strict(), 'app.read'),
  /** "Berita acara serah terima narahubung" for one rotation. */
  'documents.handover': mutation<GeneratedDocumentDto>()(handoverInput, 'records.write'),
  /** The directory of focal points as a landscape PDF. */
  'roster.printDirectory': mutation<GeneratedDocumentDto>()(rosterPrintInput, 'app.read'),
  /** The same rows, with more columns, as an Excel workbook. */
  'roster.exportXlsx': mutation<GeneratedDocumentDto>()(rosterPrintInput, 'app.read'),
};
