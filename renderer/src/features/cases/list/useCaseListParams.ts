import { useMemo } from 'react';
import { CASE_DUE_FILTERS, CASE_SORT_FIELDS, CASE_STATE_FILTERS, type CaseExportInput, type CaseListInput } from '../../../../../shared/contract/cases';
import { isIsoDate } from '../../../../../shared/dates';
import { decode, useUrlParams, type UrlParamsSpec } from '../../../components/lists/useUrlParams';

export type CaseSortField = (typeof CASE_SORT_FIELDS)[number];
export type CaseDueFilter = (typeof CASE_DUE_FILTERS)[number];
export type CaseStateFilter = (typeof CASE_STATE_FILTERS)[number];

export type CaseListParams = {
  search: string;
  state: CaseStateFilter;
  due: CaseDueFilter;
  stageId: string | null;
  agencyId: string | null;
  groupId: string | null;
  subjectId: string | null;
  maladministrationId: string | null;
  channelId: string | null;
  trackId: string | null;
  staff: string | null;
  from: string | null;
  to: string | null;
  sortBy: CaseSortField;
  sortDir: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

const date = (raw: string | null): string | null => (raw && isIsoDate(raw) ? raw : null);

const SPEC: UrlParamsSpec<CaseListParams> = {
  keys: {
    search: 'q', state: 'state', due: 'due', stageId: 'stage', agencyId: 'agency', groupId: 'group', subjectId: 'subject',
    maladministrationId: 'mal', channelId: 'channel', trackId: 'track', staff: 'staff', from: 'from', to: 'to',
    sortBy: 'sort', sortDir: 'dir', page: 'page', pageSize: 'size',
  },
  defaults: {
    search: '', state: 'open', due: 'all', stageId: null, agencyId: null, groupId: null, subjectId: null, maladministrationId: null,
    channelId: null, trackId: null, staff: null, from: null, to: null, sortBy: 'receivedOn', sortDir: 'desc', page: 1, pageSize: 25,
  },
  decoders: {
    search: decode.text,
    state: decode.oneOf(CASE_STATE_FILTERS, 'open'),
    due: decode.oneOf(CASE_DUE_FILTERS, 'all'),
    stageId: decode.id,
    agencyId: decode.id,
    groupId: decode.id,
    subjectId: decode.id,
    maladministrationId: decode.id,
    channelId: decode.id,
    trackId: decode.id,
    staff: decode.id,
    from: date,
    to: date,
    sortBy: decode.oneOf(CASE_SORT_FIELDS, 'receivedOn'),
    sortDir: decode.dir('desc'),
    page: decode.page,
    pageSize: decode.pageSize(25),
  },
};

/** Filters shown in the first row; the rest sit behind "Filter lainnya". */
export const MAIN_FILTERS = ['search', 'state', 'due', 'stageId', 'agencyId'] as const satisfies ReadonlyArray<keyof CaseListParams>;
export const MORE_FILTERS = ['groupId', 'subjectId', 'maladministrationId', 'channelId', 'trackId', 'staff', 'from', 'to'] as const satisfies ReadonlyArray<keyof CaseListParams>;
const FILTERS: Array<keyof CaseListParams> = [...MAIN_FILTERS, ...MORE_FILTERS];

const orUndefined = <T,>(v: T | null): T | undefined => v ?? undefined;

/** The case list's search, filters, sort and page, kept in the address so links and Back work. */
export function useCaseListParams() {
  const { params, update, differs, reset } = useUrlParams(SPEC);
  const filters: CaseExportInput = useMemo(
    () => ({
      search: params.search,
      state: params.state,
      due: params.due,
      stageId: orUndefined(params.stageId),
      agencyId: orUndefined(params.agencyId),
      groupId: orUndefined(params.groupId),
      subjectId: orUndefined(params.subjectId),
      maladministrationId: orUndefined(params.maladministrationId),
      channelId: orUndefined(params.channelId),
      trackId: orUndefined(params.trackId),
      assignedStaff: orUndefined(params.staff),
      receivedFrom: orUndefined(params.from),
      receivedTo: orUndefined(params.to),
      sortBy: params.sortBy,
      sortDir: params.sortDir,
    }),
    [params],
  );
  const input: CaseListInput = useMemo(() => ({ ...filters, page: params.page, pageSize: params.pageSize }), [filters, params.page, params.pageSize]);
  const moreCount = MORE_FILTERS.filter((k) => params[k] !== SPEC.defaults[k]).length;
  return { params, input, filters, update, filtered: differs(FILTERS), moreCount, reset: () => reset(FILTERS) };
}
