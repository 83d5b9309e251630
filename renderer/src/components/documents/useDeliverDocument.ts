import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliveryResultDto, GeneratedDocumentDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { deliverDocument, type DeliveryMode } from '../../api/documents';
import { finishDelivery } from '../deliveredFile';
import { notifyError, notifySuccess } from '../notify';

/**
 * Hands a generated document to the user. On the desktop the main process already opened the
 * viewer or the save dialog; the browser preview answers with a link, opened in a new tab
 * ("open") or downloaded ("saveAs"). A saved copy is announced.
 */
export function useDeliverDocument() {
  const { t } = useTranslation();
  return useCallback(
    async (doc: Pick<GeneratedDocumentDto, 'id'>, mode: DeliveryMode): Promise<DeliveryResultDto> => {
      const result = await deliverDocument(doc.id, mode);
      if (result.outcome === 'download' && result.url && mode === 'open') {
        window.open(result.url, '_blank', 'noopener');
      } else if (finishDelivery(result, mode) === 'saved') {
        notifySuccess(t('documentActions.saved'), result.fileName);
      }
      return result;
    },
    [t],
  );
}

/**
 * Makes a document and hands it over in one step, with a busy flag for the button and the
 * core's own message when either part fails.
 */
export function useDocumentTask() {
  const { t } = useTranslation();
  const deliver = useDeliverDocument();
  const [busy, setBusy] = useState<DeliveryMode | null>(null);
  const run = async (label: string, generate: () => Promise<GeneratedDocumentDto>, mode: DeliveryMode): Promise<void> => {
    setBusy(mode);
    try {
      await deliver(await generate(), mode);
    } catch (error) {
      notifyError(t('documentActions.failed', { label }), isApiError(error) ? error.message : t('errors.unexpected'));
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
