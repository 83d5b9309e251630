import { useMemo } from 'react';
import { AGENCY_SORT_FIELDS, type AgencyListInput } from '../../../../shared/contract/agencies';
import { decode, useUrlParams, type UrlParamsSpec } from '../../components/lists/useUrlParams';

export type AgencySortField = (typeof AGENCY_SORT_FIELDS)[number];
export type AgencyStatusFilter = 'active' | 'inactive' | 'all';

export type AgencyListParams = {
  search: string;
  groupId: string | null;
  region: string | null;
  status: AgencyStatusFilter;
  sortBy: AgencySortField;
  sortDir: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

const SPEC: UrlParamsSpec<AgencyListParams> = {
  keys: { search: 'q', groupId: 'group', region: 'region', status: 'status', sortBy: 'sort', sortDir: 'dir', page: 'page', pageSize: 'size' },
  defaults: { search: '', groupId: null, region: null, status: 'active', sortBy: 'name', sortDir: 'asc', page: 1, pageSize: 25 },
  decoders: {
    search: decode.text,
    groupId: decode.id,
    region: decode.id,
    status: decode.oneOf(['active', 'inactive', 'all'], 'active'),
    sortBy: decode.oneOf(AGENCY_SORT_FIELDS, 'name'),
    sortDir: decode.dir('asc'),
    page: decode.page,
    pageSize: decode.pageSize(25),
  },
};
const FILTERS: Array<keyof AgencyListParams> = ['search', 'groupId', 'region', 'status'];

/** The register's search, filters, sort and page, kept in the address (hash) query. */
export function useAgencyListParams() {
  const { params, update, differs } = useUrlParams(SPEC);
  const input: AgencyListInput = useMemo(
    () => ({ ...params, groupId: params.groupId ?? undefined, region: params.region ?? undefined }),
    [params],
  );
  return { params, input, update, filtered: differs(FILTERS) };
}
