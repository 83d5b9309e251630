import { useMemo } from 'react';
import type { AuditListInput } from '../../../../shared/contract/audit';
import { isIsoDate } from '../../../../shared/dates';
import { decode, useUrlParams, type UrlParamsSpec } from '../../components/lists/useUrlParams';

export type AuditListParams = {
  actorId: string | null;
  entity: string | null;
  entityId: string;
  channel: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
  page: number;
  pageSize: number;
};

const date = (raw: string | null): string | null => (raw && isIsoDate(raw) ? raw : null);

const SPEC: UrlParamsSpec<AuditListParams> = {
  keys: { actorId: 'user', entity: 'entity', entityId: 'id', channel: 'channel', action: 'action', from: 'from', to: 'to', page: 'page', pageSize: 'size' },
  defaults: { actorId: null, entity: null, entityId: '', channel: null, action: null, from: null, to: null, page: 1, pageSize: 25 },
  decoders: {
    actorId: decode.id,
    entity: decode.id,
    entityId: decode.text,
    channel: decode.id,
    action: decode.id,
    from: date,
    to: date,
    page: decode.page,
    pageSize: decode.pageSize(25),
  },
};
const FILTERS: Array<keyof AuditListParams> = ['actorId', 'entity', 'entityId', 'channel', 'action', 'from', 'to'];

/** The audit viewer's filters and page, kept in the address so a finding can be linked to. */
export function useAuditListParams() {
  const { params, update, differs, reset } = useUrlParams(SPEC);
  const input: AuditListInput = useMemo(() => {
    const opt = (v: string | null) => v ?? undefined;
    return {
      actorId: opt(params.actorId),
      entity: opt(params.entity),
      entityId: params.entityId.trim() || undefined,
      channel: opt(params.channel),
      action: opt(params.action),
      from: opt(params.from),
      to: opt(params.to),
      page: params.page,
      pageSize: params.pageSize,
    };
  }, [params]);
  return { params, input, update, reset: () => reset(FILTERS), filtered: differs(FILTERS) };
}
