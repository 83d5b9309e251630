import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { OfficeSettingsInput } from '../../../shared/contract/settings';
import { call } from './call';
import { queryKeys } from './keys';
import { updateKeys } from './updates';

/** The office profile, or null before it was ever saved. */
export function useSettings() {
  return useQuery({
    queryKey: queryKeys.settings.current,
    queryFn: () => call((api) => api.settings.get()),
  });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OfficeSettingsInput) => call((api) => api.settings.update(input)),
    onSuccess: async (saved) => {
      client.setQueryData(queryKeys.settings.current, saved);
      // The status carries the office name and the first-run flag; the session its idle lock.
      await Promise.all([client.invalidateQueries({ queryKey: queryKeys.system.status }), client.invalidateQueries({ queryKey: queryKeys.auth.status })]);
      // The updater re-reads its switch and feed at once; the status line follows.
      await client.invalidateQueries({ queryKey: updateKeys.status });
    },
  });
}

/** The latest saved profile (after a CONFLICT), bypassing the cache. */
export function fetchSettingsFresh(client: QueryClient) {
  return client.fetchQuery({
    queryKey: queryKeys.settings.current,
    queryFn: () => call((api) => api.settings.get()),
    staleTime: 0,
  });
}
