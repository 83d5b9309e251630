import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { MOU_SORT_FIELDS, type MouListInput } from '../../../../shared/contract/mous';
import { MOU_ALERTS, MOU_STATUSES, type MouAlert, type MouStatus } from '../../../../shared/dto';

export type MouSortField = (typeof MOU_SORT_FIELDS)[number];
export type MouAlertFilter = 'all' | 'any' | MouAlert;

export interface MouListParams {
  search: string;
  status: 'all' | MouStatus;
  agencyId: string | null;
  alert: MouAlertFilter;
  year: number | null;
  sortBy: MouSortField;
  sortDir: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const MOU_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULTS: MouListParams = { search: '', status: 'all', agencyId: null, alert: 'all', year: null, sortBy: 'date', sortDir: 'desc', page: 1, pageSize: 25 };
const KEYS: Record<keyof MouListParams, string> = {
  search: 'q', status: 'status', agencyId: 'agency', alert: 'alert', year: 'year', sortBy: 'sort', sortDir: 'dir', page: 'page', pageSize: 'size',
};

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T => ((list as readonly string[]).includes(value ?? '') ? (value as T) : fallback);

function parse(sp: URLSearchParams): MouListParams {
  const page = Number(sp.get(KEYS.page));
  const size = Number(sp.get(KEYS.pageSize));
  const year = Number(sp.get(KEYS.year));
  return {
    search: sp.get(KEYS.search) ?? '',
    status: oneOf(['all', ...MOU_STATUSES], sp.get(KEYS.status), 'all'),
    agencyId: sp.get(KEYS.agencyId) || null,
    alert: oneOf<MouAlertFilter>(['all', 'any', ...MOU_ALERTS], sp.get(KEYS.alert), 'all'),
    year: Number.isInteger(year) && year >= 1945 && year <= 2200 ? year : null,
    sortBy: oneOf(MOU_SORT_FIELDS, sp.get(KEYS.sortBy), DEFAULTS.sortBy),
    sortDir: sp.get(KEYS.sortDir) === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (MOU_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULTS.pageSize,
  };
}

/** The MoU list's search, filters, sort and page, kept in the address so links and Back work. */
export function useMouListParams() {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parse(sp), [sp]);

  const update = useCallback(
    (patch: Partial<MouListParams>) => {
      setSp(
        (prev) => {
          const next = { ...parse(prev), ...patch };
          const out = new URLSearchParams();
          for (const key of Object.keys(KEYS) as Array<keyof MouListParams>) {
            const value = next[key];
            if (value !== null && value !== DEFAULTS[key]) out.set(KEYS[key], String(value));
          }
          for (const [k, v] of prev) if (!Object.values(KEYS).includes(k)) out.set(k, v);
          return out;
        },
        { replace: true },
      );
    },
    [setSp],
  );

  const input: MouListInput = useMemo(
    () => ({
      search: params.search,
      status: params.status,
      agencyId: params.agencyId ?? undefined,
      alert: params.alert,
      year: params.year ?? undefined,
      sortBy: params.sortBy,
      sortDir: params.sortDir,
      page: params.page,
      pageSize: params.pageSize,
    }),
    [params],
  );

  const filtered = params.search !== '' || params.status !== 'all' || params.agencyId !== null || params.alert !== 'all' || params.year !== null;
  const reset = () => update({ search: '', status: 'all', agencyId: null, alert: 'all', year: null, page: 1 });
  return { params, input, update, filtered, reset };
}
