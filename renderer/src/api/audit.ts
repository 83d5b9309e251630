import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditListInput } from '../../../shared/contract/audit';
import { call } from './call';
import { queryKeys } from './keys';

export function useAuditList(input: AuditListInput) {
  return useQuery({
    queryKey: queryKeys.audit.list(input),
    queryFn: () => call((api) => api.audit.list(input)),
    placeholderData: keepPreviousData,
  });
}

export function useAuditFacets() {
  return useQuery({
    queryKey: queryKeys.audit.facets,
    queryFn: () => call((api) => api.audit.facets()),
  });
}

/** Walks the whole chain: run on request, not on every visit. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => call((api) => api.audit.verify()) });
}
