import type { DeliveryResultDto } from '../../../shared/dto';

/**
 * Finishes handing a file over on the page side. The desktop app has already opened it or
 * saved a copy; the browser preview answers with a one-time link, which opens in a new tab
 * ("open") or downloads ("saveAs"). Returns whether a copy was saved, for a notice.
 */
export function finishDelivery(result: DeliveryResultDto, mode: 'open' | 'saveAs'): 'saved' | 'done' {
  if (result.outcome === 'download' && result.url) {
    const link = document.createElement('a');
    link.href = result.url;
    if (mode === 'saveAs') link.download = result.fileName;
    else {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    document.body.append(link);
    link.click();
    link.remove();
    return 'done';
  }
  return result.outcome === 'saved' ? 'saved' : 'done';
}
