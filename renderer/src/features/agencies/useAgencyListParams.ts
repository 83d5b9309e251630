import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AGENCY_SORT_FIELDS, type AgencyListInput } from '../../../../shared/contract/agencies';

export type AgencySortField = (typeof AGENCY_SORT_FIELDS)[number];
export type AgencyStatusFilter = 'active' | 'inactive' | 'all';

export interface AgencyListParams {
  search: string;
  groupId: string | null;
  region: string | null;
  status: AgencyStatusFilter;
  sortBy: AgencySortField;
  sortDir: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
const DEFAULTS: AgencyListParams = {
  search: '', groupId: null, region: null, status: 'active', sortBy: 'name', sortDir: 'asc', page: 1, pageSize: 25,
};

// Short names in the address so a filtered register can be linked to (from Beranda) and
// survives going to a detail page and back.
const KEYS: Record<keyof AgencyListParams, string> = {
  search: 'q', groupId: 'group', region: 'region', status: 'status', sortBy: 'sort', sortDir: 'dir', page: 'page', pageSize: 'size',
};

function parse(sp: URLSearchParams): AgencyListParams {
  const status = sp.get(KEYS.status);
  const sortBy = sp.get(KEYS.sortBy);
  const page = Number(sp.get(KEYS.page));
  const size = Number(sp.get(KEYS.pageSize));
  return {
    search: sp.get(KEYS.search) ?? '',
    groupId: sp.get(KEYS.groupId) || null,
    region: sp.get(KEYS.region) || null,
    status: status === 'inactive' || status === 'all' ? status : 'active',
    sortBy: (AGENCY_SORT_FIELDS as readonly string[]).includes(sortBy ?? '') ? (sortBy as AgencySortField) : DEFAULTS.sortBy,
    sortDir: sp.get(KEYS.sortDir) === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULTS.pageSize,
  };
}

/** The register's search, filters, sort and page, kept in the address (hash) query. */
export function useAgencyListParams() {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parse(sp), [sp]);

  const update = useCallback(
    (patch: Partial<AgencyListParams>) => {
      setSp(
        (prev) => {
          const next = { ...parse(prev), ...patch };
          const out = new URLSearchParams();
          for (const key of Object.keys(KEYS) as Array<keyof AgencyListParams>) {
            const value = next[key];
            if (value !== null && value !== DEFAULTS[key]) out.set(KEYS[key], String(value));
          }
          // Other parameters (e.g. "baru") are left alone.
          for (const [k, v] of prev) if (!Object.values(KEYS).includes(k)) out.set(k, v);
          return out;
        },
        { replace: true },
      );
    },
    [setSp],
  );

  const input: AgencyListInput = useMemo(
    () => ({
      search: params.search,
      groupId: params.groupId ?? undefined,
      region: params.region ?? undefined,
      status: params.status,
      sortBy: params.sortBy,
      sortDir: params.sortDir,
      page: params.page,
      pageSize: params.pageSize,
    }),
    [params],
  );

  const filtered = params.search !== '' || params.groupId !== null || params.region !== null || params.status !== 'active';
  return { params, input, update, filtered };
}
