import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ExportStartInput, StageInput } from '../../../shared/contract/archive';
import type { RestoreInput } from '../../../shared/contract/backup';
import type { DeliveryResultDto } from '../../../shared/dto';
import { call } from './call';

/** Query keys of the "Arsip & Cadangan" area; every change refreshes the whole prefix. */
export const archiveKeys = {
  all: ['archive'] as const,
  status: ['archive', 'status'] as const,
  exports: ['archive', 'exports'] as const,
  progress: (id: string) => ['archive', 'progress', id] as const,
  imports: ['archive', 'imports'] as const,
  keys: ['archive', 'keys'] as const,
};

const refresh = (client: QueryClient) => client.invalidateQueries({ queryKey: archiveKeys.all });

export function useArchiveStatus() {
  return useQuery({ queryKey: archiveKeys.status, queryFn: () => call((api) => api.archive.status({})) });
}

export function useExports() {
  return useQuery({ queryKey: archiveKeys.exports, queryFn: () => call((api) => api.archive.exports({})) });
}

/** Polls a running export twice a second until it is no longer running. */
export function useExportProgress(id: string | null) {
  return useQuery({
    queryKey: archiveKeys.progress(id ?? ''),
    queryFn: () => call((api) => api.archive.exportProgress({ id: id! })),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : 500),
  });
}

export function useStartExport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ExportStartInput) => call((api) => api.archive.exportStart(input)),
    onSuccess: () => refresh(client),
  });
}

export function deliverExport(id: string, mode: 'open' | 'saveAs' = 'saveAs'): Promise<DeliveryResultDto> {
  return call((api) => api.archive.deliver({ id, mode }));
}

export function deliverOwnKey(): Promise<DeliveryResultDto> {
  return call((api) => api.archive.deliverOwnKey({ mode: 'saveAs' }));
}

export function useImports() {
  return useQuery({ queryKey: archiveKeys.imports, queryFn: () => call((api) => api.archive.imports({})) });
}

export function useTrustedKeys() {
  return useQuery({ queryKey: archiveKeys.keys, queryFn: () => call((api) => api.archive.keys({})) });
}

export const readKeyFile = (text: string) => call((api) => api.archive.readKey({ text }));

export function useTrustKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { text: string; note?: string }) => call((api) => api.archive.trustKey(input)),
    onSuccess: () => refresh(client),
  });
}

export function useSetKeyActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; active: boolean }) => call((api) => api.archive.setKeyActive(input)),
    onSuccess: () => refresh(client),
  });
}

export const stageFile = (input: StageInput) => call((api) => api.archive.stage(input));
export const verifyArchive = (token: string) => call((api) => api.archive.verify({ token }));
export const previewArchive = (token: string) => call((api) => api.archive.preview({ token }));

export function useImportArchive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { token: string; acceptUnknownKey: boolean }) => call((api) => api.archive.import(input)),
    // Records of other offices arrived: every list may change.
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useBackupNow() {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => call((api) => api.backup.run({})), onSuccess: () => refresh(client) });
}

export function useChooseBackupFolder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (clear: boolean) => call((api) => api.backup.chooseFolder({ clear })),
    onSuccess: () => refresh(client),
  });
}

export function useSetRotation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { keepDaily: number; keepMonthly: number }) => call((api) => api.backup.setRotation(input)),
    onSuccess: () => refresh(client),
  });
}

export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RestoreInput) => call((api) => api.backup.restore(input)),
    // The whole database changed: nothing cached is true any more.
    onSuccess: (result) => (result.restored ? client.resetQueries() : refresh(client)),
  });
}
