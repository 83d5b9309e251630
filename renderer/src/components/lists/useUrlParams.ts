import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type ParamValue = string | number | null;
type Decoder<T> = (raw: string | null) => T;

export const PAGE_SIZES = [25, 50, 100] as const;

/** Turns one address parameter back into a value, falling back to a safe default. */
export const decode = {
  text: (raw: string | null): string => raw ?? '',
  id: (raw: string | null): string | null => raw || null,
  oneOf:
    <T extends string>(list: readonly T[], fallback: T): Decoder<T> =>
    (raw) =>
      (list as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback,
  dir:
    (fallback: 'asc' | 'desc'): Decoder<'asc' | 'desc'> =>
    (raw) =>
      raw === 'asc' || raw === 'desc' ? raw : fallback,
  page: (raw: string | null): number => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= 1 ? n : 1;
  },
  pageSize:
    (fallback: number = PAGE_SIZES[0]): Decoder<number> =>
    (raw) => {
      const n = Number(raw);
      return (PAGE_SIZES as readonly number[]).includes(n) ? n : fallback;
    },
  year: (raw: string | null): number | null => {
    const n = Number(raw);
    return raw && Number.isInteger(n) && n >= 1945 && n <= 2200 ? n : null;
  },
};

export interface UrlParamsSpec<P extends Record<string, ParamValue>> {
  /** Short names in the address, so a filtered list can be linked to and survives Back. */
  keys: { [K in keyof P]: string };
  defaults: P;
  decoders: { [K in keyof P]: Decoder<P[K]> };
}

/**
 * A list's search, filters, sort and page kept in the address (hash) query: values equal
 * to their default are left out, other parameters of the address are left alone, and a
 * hand-edited address can never produce a value the list does not understand.
 */
export function useUrlParams<P extends Record<string, ParamValue>>(spec: UrlParamsSpec<P>) {
  const [sp, setSp] = useSearchParams();
  const fields = Object.keys(spec.keys) as Array<keyof P>;
  const parse = useCallback(
    (search: URLSearchParams): P => Object.fromEntries(fields.map((k) => [k, spec.decoders[k](search.get(spec.keys[k]))])) as unknown as P,
    // The spec is a module constant of each list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [spec],
  );
  const params = useMemo(() => parse(sp), [sp, parse]);

  const update = useCallback(
    (patch: Partial<P>) => {
      setSp(
        (prev) => {
          const next = { ...parse(prev), ...patch };
          const out = new URLSearchParams();
          for (const key of fields) {
            const value = next[key];
            if (value !== null && value !== spec.defaults[key]) out.set(spec.keys[key], String(value));
          }
          const ours = new Set(Object.values(spec.keys) as string[]);
          for (const [k, v] of prev) if (!ours.has(k)) out.set(k, v);
          return out;
        },
        { replace: true },
      );
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setSp, parse, spec],
  );

  /** True when any of the given parameters differs from its default (e.g. the filters). */
  const differs = useCallback((keys: Array<keyof P>) => keys.some((k) => params[k] !== spec.defaults[k]), [params, spec]);

  /** Puts the given parameters back to their defaults and returns to page 1. */
  const reset = useCallback(
    (keys: Array<keyof P>) => update({ ...Object.fromEntries(keys.map((k) => [k, spec.defaults[k]])), ...('page' in spec.keys ? { page: 1 } : {}) } as Partial<P>),
    [update, spec],
  );

  return { params, update, differs, reset };
}
