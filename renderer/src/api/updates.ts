import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateStatusDto } from '../../../shared/dto';
import { call } from './call';

/** Own keys (not in keys.ts): only this module reads or refreshes them. */
export const updateKeys = {
  status: ['updates', 'status'] as const,
  about: ['about'] as const,
};

/** While something moves, the line follows closely; otherwise a glance a minute is plenty. */
const BUSY: ReadonlyArray<UpdateStatusDto['state']> = ['checking', 'downloading', 'installing'];
export const updatePollMs = (status: UpdateStatusDto | undefined): number => (status && BUSY.includes(status.state) ? 2_000 : 60_000);

/** The updater's state for the quiet status line (polled: the main process owns it). */
export function useUpdateStatus() {
  return useQuery({
    queryKey: updateKeys.status,
    queryFn: () => call((api) => api.updates.status()),
    refetchInterval: (query) => updatePollMs(query.state.data),
    // A failed poll is not news: the line keeps its last answer.
    retry: false,
  });
}

export function useCheckUpdates() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call((api) => api.updates.check()),
    onSuccess: (status) => client.setQueryData(updateKeys.status, status),
  });
}

/** Backs up, closes Simpul and installs; the app restarts into the new version. */
export function useInstallUpdate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call((api) => api.updates.install({})),
    onSettled: () => client.invalidateQueries({ queryKey: updateKeys.status }),
  });
}

/** Not polled (the update part follows useUpdateStatus): polling would count as activity. */
export function useAbout() {
  return useQuery({
    queryKey: updateKeys.about,
    queryFn: () => call((api) => api.about.get()),
  });
}

export function useOpenDataFolder() {
  return useMutation({ mutationFn: () => call((api) => api.about.openDataFolder()) });
}
