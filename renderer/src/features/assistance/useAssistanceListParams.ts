import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AssistanceListInput } from '../../../../shared/contract/assistance';
import { ASSISTANCE_TOPICS, type AssistanceTopic } from '../../../../shared/dto';

export interface AssistanceListParams {
  search: string;
  agencyId: string | null;
  topic: 'all' | AssistanceTopic;
  year: number | null;
  sortDir: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const DEFAULTS: AssistanceListParams = { search: '', agencyId: null, topic: 'all', year: null, sortDir: 'desc', page: 1, pageSize: 25 };
const KEYS: Record<keyof AssistanceListParams, string> = { search: 'q', agencyId: 'agency', topic: 'topic', year: 'year', sortDir: 'dir', page: 'page', pageSize: 'size' };
const SIZES = [25, 50, 100];

function parse(sp: URLSearchParams): AssistanceListParams {
  const topic = sp.get(KEYS.topic) ?? '';
  const year = Number(sp.get(KEYS.year));
  const page = Number(sp.get(KEYS.page));
  const size = Number(sp.get(KEYS.pageSize));
  return {
    search: sp.get(KEYS.search) ?? '',
    agencyId: sp.get(KEYS.agencyId) || null,
    topic: (ASSISTANCE_TOPICS as readonly string[]).includes(topic) ? (topic as AssistanceTopic) : 'all',
    year: Number.isInteger(year) && year >= 1945 && year <= 2200 ? year : null,
    sortDir: sp.get(KEYS.sortDir) === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: SIZES.includes(size) ? size : DEFAULTS.pageSize,
  };
}

/** The assistance log's filters and page, kept in the address. */
export function useAssistanceListParams() {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parse(sp), [sp]);
  const update = useCallback(
    (patch: Partial<AssistanceListParams>) => {
      setSp(
        (prev) => {
          const next = { ...parse(prev), ...patch };
          const out = new URLSearchParams();
          for (const key of Object.keys(KEYS) as Array<keyof AssistanceListParams>) {
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
  const input: AssistanceListInput = useMemo(
    () => ({
      search: params.search,
      agencyId: params.agencyId ?? undefined,
      topic: params.topic,
      year: params.year ?? undefined,
      sortDir: params.sortDir,
      page: params.page,
      pageSize: params.pageSize,
    }),
    [params],
  );
  const filtered = params.search !== '' || params.agencyId !== null || params.topic !== 'all' || params.year !== null;
  const reset = () => update({ search: '', agencyId: null, topic: 'all', year: null, page: 1 });
  return { params, input, update, filtered, reset };
}
