import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ROSTER_SORT, type RosterListInput } from '../../../../shared/contract/roster';
import { ROSTER_FLAGS } from '../../../../shared/dto';

export type RosterSortField = (typeof ROSTER_SORT)[number];
export const ROSTER_FILTERS = ['all', 'ok', ...ROSTER_FLAGS] as const;
export type RosterFilter = (typeof ROSTER_FILTERS)[number];

export interface RosterParams {
  search: string;
  groupId: string | null;
  region: string | null;
  flag: RosterFilter;
  sortBy: RosterSortField;
  sortDir: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const ROSTER_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULTS: RosterParams = {
  search: '', groupId: null, region: null, flag: 'all', sortBy: 'agency', sortDir: 'asc', page: 1, pageSize: 25,
};

// Short names in the address, as in the register, so a filtered roster can be linked to and
// survives a visit to an agency and back.
const KEYS: Record<keyof RosterParams, string> = {
  search: 'q', groupId: 'group', region: 'region', flag: 'flag', sortBy: 'sort', sortDir: 'dir', page: 'page', pageSize: 'size',
};

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  (list as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

function parse(sp: URLSearchParams): RosterParams {
  const page = Number(sp.get(KEYS.page));
  const size = Number(sp.get(KEYS.pageSize));
  return {
    search: sp.get(KEYS.search) ?? '',
    groupId: sp.get(KEYS.groupId) || null,
    region: sp.get(KEYS.region) || null,
    flag: oneOf(ROSTER_FILTERS, sp.get(KEYS.flag), DEFAULTS.flag),
    sortBy: oneOf(ROSTER_SORT, sp.get(KEYS.sortBy), DEFAULTS.sortBy),
    sortDir: sp.get(KEYS.sortDir) === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (ROSTER_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULTS.pageSize,
  };
}

/** The roster's search, filters, sort and page, kept in the address (hash) query. */
export function useRosterParams() {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parse(sp), [sp]);

  const update = useCallback(
    (patch: Partial<RosterParams>) => {
      setSp(
        (prev) => {
          const next = { ...parse(prev), ...patch };
          const out = new URLSearchParams();
          for (const key of Object.keys(KEYS) as Array<keyof RosterParams>) {
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

  const input = useMemo(
    () =>
      ({
        search: params.search,
        groupId: params.groupId ?? undefined,
        region: params.region ?? undefined,
        flag: params.flag,
        sortBy: params.sortBy,
        sortDir: params.sortDir,
        page: params.page,
        pageSize: params.pageSize,
      }) satisfies RosterListInput,
    [params],
  );

  const filtered = params.search !== '' || params.groupId !== null || params.region !== null || params.flag !== 'all';
  return { params, input, update, filtered };
}
