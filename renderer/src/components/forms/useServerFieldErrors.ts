import { useCallback, useMemo, useState } from 'react';
import type { Lang } from '../../../../shared/messages';
import type { FieldError } from '../../../../shared/result';
import { isApiError } from '../../api/ApiError';
import { fieldErrorText } from '../errorText';

/**
 * Per-field errors sent by the server (duplicate name, locked office code, ...). Kept as
 * codes, not text, so they follow a language switch; cleared when the field changes.
 */
export function useServerFieldErrors(lang: Lang) {
  const [errors, setErrors] = useState<Record<string, FieldError>>({});

  const setFrom = useCallback((error: unknown) => {
    setErrors(isApiError(error) ? error.fields : {});
  }, []);

  const clear = useCallback((paths: string[]) => {
    setErrors((prev) => {
      if (!paths.some((p) => p in prev)) return prev;
      const next = { ...prev };
      for (const p of paths) delete next[p];
      return next;
    });
  }, []);

  const clearAll = useCallback(() => setErrors({}), []);

  return useMemo(
    () => ({
      errors,
      setFrom,
      clear,
      clearAll,
      text: (path: string): string | undefined => (errors[path] ? fieldErrorText(errors[path], lang) : undefined),
      /** Paths with an error but no input on the form (shown in the form's alert instead). */
      unplaced: (formPaths: readonly string[]): string[] => Object.keys(errors).filter((p) => !formPaths.includes(p)),
    }),
    [errors, setFrom, clear, clearAll, lang],
  );
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Paths of the fields whose values differ between two snapshots; nested groups give their
 * own path and each changed leaf's ("successor" and "successor.newPerson.nip").
 */
export function changedFields<T extends object>(values: T, previous: T, prefix = ''): string[] {
  const out: string[] = [];
  for (const key of Object.keys(values) as Array<keyof T & string>) {
    const a: unknown = values[key];
    const b: unknown = previous[key];
    if (a === b) continue;
    const path = `${prefix}${key}`;
    out.push(path);
    if (isPlainObject(a) && isPlainObject(b)) out.push(...changedFields(a, b, `${path}.`));
  }
  return out;
}
