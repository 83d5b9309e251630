import { isMessageKey, msg, type Lang } from '../../../shared/messages';
import type { FieldError } from '../../../shared/result';

/**
 * A field error in the UI language: the server's own message in Indonesian (it answers
 * in Indonesian), re-rendered from its code via the shared catalogue in English.
 */
export function fieldErrorText(error: FieldError, lang: Lang): string {
  if (lang !== 'id' && isMessageKey(error.code)) return msg(error.code, error.params ?? {}, lang);
  return error.message;
}
