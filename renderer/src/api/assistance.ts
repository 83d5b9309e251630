import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AssistanceCreateInput, AssistanceListInput, AssistanceUpdateInput } from '../../../shared/contract/assistance';
import type { AssistanceDto } from '../../../shared/dto';
import { call } from './call';
import { queryKeys } from './keys';

export function useAssistanceList(input: AssistanceListInput) {
  return useQuery({
    queryKey: queryKeys.assistance.list(input),
    queryFn: () => call((api) => api.assistance.list(input)),
    placeholderData: keepPreviousData,
  });
}

export function fetchAssistanceFresh(client: QueryClient, id: string): Promise<AssistanceDto> {
  return client.fetchQuery({ queryKey: queryKeys.assistance.detail(id), queryFn: () => call((api) => api.assistance.get({ id })), staleTime: 0 });
}

async function afterChange(client: QueryClient, saved?: AssistanceDto): Promise<void> {
  if (saved) client.setQueryData(queryKeys.assistance.detail(saved.id), saved);
  await client.invalidateQueries({ queryKey: queryKeys.assistance.all });
}

export function useCreateAssistance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AssistanceCreateInput) => call((api) => api.assistance.create(input)),
    onSuccess: (saved) => afterChange(client, saved),
  });
}

export function useUpdateAssistance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AssistanceUpdateInput) => call((api) => api.assistance.update(input)),
    onSuccess: (saved) => afterChange(client, saved),
  });
}

export function useDeleteAssistance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; expectedUpdatedAt?: string }) => call((api) => api.assistance.delete(input)),
    onSuccess: () => afterChange(client),
  });
}
