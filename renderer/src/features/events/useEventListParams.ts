import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EVENT_WHEN, type EventListInput } from '../../../../shared/contract/events';

export interface EventListParams {
  search: string;
  typeId: string | null;
  year: number | null;
  when: (typeof EVENT_WHEN)[number];
  page: number;
}

const KEYS = { search: 'q', typeId: 'jenis', year: 'tahun', when: 'waktu', page: 'page' } as const;

function parse(sp: URLSearchParams): EventListParams {
  const year = Number(sp.get(KEYS.year));
  const page = Number(sp.get(KEYS.page));
  const when = sp.get(KEYS.when);
  return {
    search: sp.get(KEYS.search) ?? '',
    typeId: sp.get(KEYS.typeId) || null,
    year: Number.isInteger(year) && year >= 1945 && year <= 2200 ? year : null,
    when: (EVENT_WHEN as readonly string[]).includes(when ?? '') ? (when as EventListParams['when']) : 'all',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The event list's search, filters and page, kept in the address so links and Back work. */
export function useEventListParams() {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parse(sp), [sp]);
  const update = useCallback(
    (patch: Partial<EventListParams>) =>
      setSp(
        (prev) => {
          const next = { ...parse(prev), ...patch };
          const out = new URLSearchParams();
          if (next.search) out.set(KEYS.search, next.search);
          if (next.typeId) out.set(KEYS.typeId, next.typeId);
          if (next.year) out.set(KEYS.year, String(next.year));
          if (next.when !== 'all') out.set(KEYS.when, next.when);
          if (next.page > 1) out.set(KEYS.page, String(next.page));
          return out;
        },
        { replace: true },
      ),
    [setSp],
  );
  const input: EventListInput = useMemo(
    () => ({ search: params.search, typeId: params.typeId ?? undefined, year: params.year ?? undefined, when: params.when, page: params.page, pageSize: 25 }),
    [params],
  );
  const filtered = params.search !== '' || params.typeId !== null || params.year !== null || params.when !== 'all';
  const reset = () => update({ search: '', typeId: null, year: null, when: 'all', page: 1 });
  return { params, input, update, filtered, reset };
}
