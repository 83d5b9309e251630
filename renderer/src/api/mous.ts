import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MouCreateInput, MouListInput, MouUpdateInput } from '../../../shared/contract/mous';
import type { MouDto } from '../../../shared/dto';
import { call } from './call';
import { queryKeys } from './keys';

export function useMouList(input: MouListInput, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.mous.list(input),
    queryFn: () => call((api) => api.mous.list(input)),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function fetchMouFresh(client: QueryClient, id: string): Promise<MouDto> {
  return client.fetchQuery({ queryKey: queryKeys.mous.detail(id), queryFn: () => call((api) => api.mous.get({ id })), staleTime: 0 });
}

async function afterMouChange(client: QueryClient, saved?: MouDto): Promise<void> {
  if (saved) client.setQueryData(queryKeys.mous.detail(saved.id), saved);
  await client.invalidateQueries({ queryKey: queryKeys.mous.all });
}

export function useCreateMou() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MouCreateInput) => call((api) => api.mous.create(input)),
    onSuccess: (saved) => afterMouChange(client, saved),
  });
}

export function useUpdateMou() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MouUpdateInput) => call((api) => api.mous.update(input)),
    onSuccess: (saved) => afterMouChange(client, saved),
  });
}

export function useDeleteMou() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; expectedUpdatedAt?: string }) => call((api) => api.mous.delete(input)),
    onSuccess: () => afterMouChange(client),
  });
}
