import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AgencyCreateInput, AgencyListInput, AgencyUpdateInput } from '../../../shared/contract/agencies';
import type { AgencyDto } from '../../../shared/dto';
import { call } from './call';
import { queryKeys } from './keys';

export function useAgencyList(input: AgencyListInput) {
  return useQuery({
    queryKey: queryKeys.agencies.list(input),
    queryFn: () => call((api) => api.agencies.list(input)),
    // Keep the current page on screen while the next one loads (paging, typing a search).
    placeholderData: keepPreviousData,
  });
}

export function useAgency(id: string) {
  return useQuery({
    queryKey: queryKeys.agencies.detail(id),
    queryFn: () => call((api) => api.agencies.get({ id })),
  });
}

/** Every agency as a picker choice (no paging): see `agencies.options`. */
export function useAgencyOptionList() {
  return useQuery({
    queryKey: queryKeys.agencies.options,
    queryFn: () => call((api) => api.agencies.options()),
  });
}

export function useAgencyRegions() {
  return useQuery({
    queryKey: queryKeys.agencies.regions,
    queryFn: () => call((api) => api.agencies.regions()),
  });
}

export function useAgencyGroups() {
  return useQuery({
    queryKey: queryKeys.agencyGroups.all,
    queryFn: () => call((api) => api.agencyGroups.list()),
  });
}

/** Loads the latest version of one agency (after a CONFLICT), bypassing the cache. */
export function fetchAgencyFresh(client: QueryClient, id: string): Promise<AgencyDto> {
  return client.fetchQuery({
    queryKey: queryKeys.agencies.detail(id),
    queryFn: () => call((api) => api.agencies.get({ id })),
    staleTime: 0,
  });
}

async function afterAgencyChange(client: QueryClient, saved: AgencyDto): Promise<void> {
  client.setQueryData(queryKeys.agencies.detail(saved.id), saved);
  // Lists, regions and the per-group counts all depend on agencies.
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.agencies.all }),
    client.invalidateQueries({ queryKey: queryKeys.agencyGroups.all }),
  ]);
}

export function useCreateAgency() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AgencyCreateInput) => call((api) => api.agencies.create(input)),
    onSuccess: (saved) => afterAgencyChange(client, saved),
  });
}

export function useUpdateAgency() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AgencyUpdateInput) => call((api) => api.agencies.update(input)),
    onSuccess: (saved) => afterAgencyChange(client, saved),
  });
}

export function useSetAgencyActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; active: boolean; reason?: string }) => call((api) => api.agencies.setActive(input)),
    onSuccess: (saved) => afterAgencyChange(client, saved),
  });
}
