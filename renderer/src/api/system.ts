import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from './call';
import { queryKeys } from './keys';

export function useSystemStatus() {
  return useQuery({
    queryKey: queryKeys.system.status,
    queryFn: () => call((api) => api.system.status()),
  });
}

/** First run: fills the empty database with the demo set, then refreshes everything. */
export function useLoadDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call((api) => api.system.loadDemo({})),
    onSuccess: async () => {
      await client.invalidateQueries();
    },
  });
}
