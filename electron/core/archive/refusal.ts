import type { MessageKey } from '../../../shared/messages';
import { DomainError } from '../errors';

/** An archive (or backup) that is refused: a message key saying what is wrong with it. */
export const refuse = (key: MessageKey, params: Record<string, string | number> = {}): DomainError =>
  new DomainError('VALIDATION', key, params);

/** "12.3 MB", for messages about sizes. */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
