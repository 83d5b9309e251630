import type { documentChannels } from '../../../shared/contract/documents';
import type { Handler } from '../service';
import { exportFocalDirectoryXlsx, printFocalDirectory } from './focalDirectory/focalDirectory';
import { generateHandoverSheet } from './handover/handover';
import { deliverableDocument } from './store';

type DocumentChannel = keyof typeof documentChannels;

export const documentHandlers: { [C in DocumentChannel]: Handler<C> } = {
  'documents.deliver': (input, ctx) => deliverableDocument(input.id, ctx),
  'documents.handover': (input, ctx) => generateHandoverSheet(input, ctx),
  'roster.printDirectory': (input, ctx) => printFocalDirectory(input, ctx),
  'roster.exportXlsx': (input, ctx) => exportFocalDirectoryXlsx(input, ctx),
};
