import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportCommitInput, ImportPreviewInput } from '../../../shared/contract/import';
import { finishDelivery } from '../components/deliveredFile';
import { call } from './call';

/** Reads the chosen file and shows what the import would do (a query on the core side; nothing is written). */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (input: ImportPreviewInput) => call((api) => api.import.preview(input)),
  });
}

/** Imports the previewed file; every list that shows agencies or focal points is refreshed. */
export function useCommitImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportCommitInput) => call((api) => api.import.commit(input)),
    onSuccess: async () => {
      await client.invalidateQueries();
    },
  });
}

/** Makes the template workbook and hands it to the user (save dialog, or a download in the preview). */
export function useImportTemplate() {
  return useMutation({
    mutationFn: async () => {
      const doc = await call((api) => api.import.template({}));
      const delivered = await call((api) => api.documents.deliver({ id: doc.id, mode: 'saveAs' }));
      return finishDelivery(delivered, 'saveAs');
    },
  });
}
