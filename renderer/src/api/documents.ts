import { useMutation } from '@tanstack/react-query';
import type { RosterPrintInput } from '../../../shared/contract/documents';
import type { DeliveryResultDto, GeneratedDocumentDto } from '../../../shared/dto';
import { call } from './call';

export type DeliveryMode = 'open' | 'saveAs';

/** The directory of focal points (landscape PDF) for the roster's current filters. */
export function usePrintRosterDirectory() {
  return useMutation({
    mutationFn: (input: RosterPrintInput): Promise<GeneratedDocumentDto> => call((api) => api.roster.printDirectory(input)),
  });
}

/** The same rows with more columns as an Excel workbook. */
export function useExportRosterXlsx() {
  return useMutation({
    mutationFn: (input: RosterPrintInput): Promise<GeneratedDocumentDto> => call((api) => api.roster.exportXlsx(input)),
  });
}

/** "Berita acara serah terima narahubung" for one rotation. */
export function useHandoverDocument() {
  return useMutation({
    mutationFn: (input: { endedAssignmentId: string; startedAssignmentId: string }): Promise<GeneratedDocumentDto> =>
      call((api) => api.documents.handover(input)),
  });
}

/** Hands a stored document to the user: the system viewer or a save dialog (desktop), a link (preview). */
export function deliverDocument(id: string, mode: DeliveryMode): Promise<DeliveryResultDto> {
  return call((api) => api.documents.deliver({ id, mode }));
}
