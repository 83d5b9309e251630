import { useMemo } from 'react';
import type { AssistanceListInput } from '../../../../shared/contract/assistance';
import { ASSISTANCE_TOPICS, type AssistanceTopic } from '../../../../shared/dto';
import { decode, useUrlParams, type UrlParamsSpec } from '../../components/lists/useUrlParams';

export type AssistanceListParams = {
  search: string;
  agencyId: string | null;
  topic: 'all' | AssistanceTopic;
  year: number | null;
  sortDir: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

const SPEC: UrlParamsSpec<AssistanceListParams> = {
  keys: { search: 'q', agencyId: 'agency', topic: 'topic', year: 'year', sortDir: 'dir', page: 'page', pageSize: 'size' },
  defaults: { search: '', agencyId: null, topic: 'all', year: null, sortDir: 'desc', page: 1, pageSize: 25 },
  decoders: {
    search: decode.text,
    agencyId: decode.id,
    topic: decode.oneOf<'all' | AssistanceTopic>(['all', ...ASSISTANCE_TOPICS], 'all'),
    year: decode.year,
    sortDir: decode.dir('desc'),
    page: decode.page,
    pageSize: decode.pageSize(25),
  },
};
const FILTERS: Array<keyof AssistanceListParams> = ['search', 'agencyId', 'topic', 'year'];

/** The assistance log's filters and page, kept in the address. */
export function useAssistanceListParams() {
  const { params, update, differs, reset } = useUrlParams(SPEC);
  const input: AssistanceListInput = useMemo(
    () => ({ ...params, agencyId: params.agencyId ?? undefined, year: params.year ?? undefined }),
    [params],
  );
  return { params, input, update, filtered: differs(FILTERS), reset: () => reset(FILTERS) };
}
