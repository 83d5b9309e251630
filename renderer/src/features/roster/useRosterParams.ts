import { useMemo } from 'react';
import { ROSTER_SORT, type RosterListInput } from '../../../../shared/contract/roster';
import { ROSTER_FLAGS } from '../../../../shared/dto';
import { decode, useUrlParams, type UrlParamsSpec } from '../../components/lists/useUrlParams';

export type RosterSortField = (typeof ROSTER_SORT)[number];
export const ROSTER_FILTERS = ['all', 'ok', ...ROSTER_FLAGS] as const;
export type RosterFilter = (typeof ROSTER_FILTERS)[number];

export type RosterParams = {
  search: string;
  groupId: string | null;
  region: string | null;
  flag: RosterFilter;
  sortBy: RosterSortField;
  sortDir: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

const SPEC: UrlParamsSpec<RosterParams> = {
  keys: { search: 'q', groupId: 'group', region: 'region', flag: 'flag', sortBy: 'sort', sortDir: 'dir', page: 'page', pageSize: 'size' },
  defaults: { search: '', groupId: null, region: null, flag: 'all', sortBy: 'agency', sortDir: 'asc', page: 1, pageSize: 25 },
  decoders: {
    search: decode.text,
    groupId: decode.id,
    region: decode.id,
    flag: decode.oneOf(ROSTER_FILTERS, 'all'),
    sortBy: decode.oneOf(ROSTER_SORT, 'agency'),
    sortDir: decode.dir('asc'),
    page: decode.page,
    pageSize: decode.pageSize(25),
  },
};
const FILTERS: Array<keyof RosterParams> = ['search', 'groupId', 'region', 'flag'];

/** The roster's search, filters, sort and page, kept in the address (hash) query. */
export function useRosterParams() {
  const { params, update, differs } = useUrlParams(SPEC);
  const input = useMemo(
    () => ({ ...params, groupId: params.groupId ?? undefined, region: params.region ?? undefined }) satisfies RosterListInput,
    [params],
  );
  return { params, input, update, filtered: differs(FILTERS) };
}
