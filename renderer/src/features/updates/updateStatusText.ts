import type { TFunction } from 'i18next';
import type { UpdateStatusDto } from '../../../../shared/dto';

/** One quiet sentence for the updater's state: never an alarm, the next attempt comes on its own. */
export function updateStatusText(t: TFunction, status: UpdateStatusDto): string {
  if (status.state === 'error') return t(`updates.problem.${status.problem ?? 'failed'}`);
  return t(`updates.line.${status.state}`, { version: status.availableVersion ?? '', percent: status.percent ?? 0 });
}

/** Whether the status is worth a second look (colour of its dot). */
export function updateStatusTone(status: UpdateStatusDto): 'ok' | 'busy' | 'ready' | 'quiet' | 'problem' {
  switch (status.state) {
    case 'upToDate':
      return 'ok';
    case 'checking':
    case 'downloading':
    case 'installing':
      return 'busy';
    case 'downloaded':
      return 'ready';
    case 'error':
      return 'problem';
    default:
      return 'quiet';
  }
}
