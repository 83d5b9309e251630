import { useMemo } from 'react';
import { MOU_SORT_FIELDS, type MouListInput } from '../../../../shared/contract/mous';
import { MOU_ALERTS, MOU_STATUSES, type MouAlert, type MouStatus } from '../../../../shared/dto';
import { decode, useUrlParams, type UrlParamsSpec } from '../../components/lists/useUrlParams';

export type MouSortField = (typeof MOU_SORT_FIELDS)[number];
export type MouAlertFilter = 'all' | 'any' | MouAlert;

export type MouListParams = {
  search: string;
  status: 'all' | MouStatus;
  agencyId: string | null;
  alert: MouAlertFilter;
  year: number | null;
  sortBy: MouSortField;
  sortDir: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

const SPEC: UrlParamsSpec<MouListParams> = {
  keys: { search: 'q', status: 'status', agencyId: 'agency', alert: 'alert', year: 'year', sortBy: 'sort', sortDir: 'dir', page: 'page', pageSize: 'size' },
  defaults: { search: '', status: 'all', agencyId: null, alert: 'all', year: null, sortBy: 'date', sortDir: 'desc', page: 1, pageSize: 25 },
  decoders: {
    search: decode.text,
    status: decode.oneOf<'all' | MouStatus>(['all', ...MOU_STATUSES], 'all'),
    agencyId: decode.id,
    alert: decode.oneOf<MouAlertFilter>(['all', 'any', ...MOU_ALERTS], 'all'),
    year: decode.year,
    sortBy: decode.oneOf(MOU_SORT_FIELDS, 'date'),
    sortDir: decode.dir('desc'),
    page: decode.page,
    pageSize: decode.pageSize(25),
  },
};
const FILTERS: Array<keyof MouListParams> = ['search', 'status', 'agencyId', 'alert', 'year'];

/** The MoU list's search, filters, sort and page, kept in the address so links and Back work. */
export function useMouListParams() {
  const { params, update, differs, reset } = useUrlParams(SPEC);
  const input: MouListInput = useMemo(
    () => ({ ...params, agencyId: params.agencyId ?? undefined, year: params.year ?? undefined }),
    [params],
  );
  return { params, input, update, filtered: differs(FILTERS), reset: () => reset(FILTERS) };
}
