import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AssignInput, CorrectInput, RosterListInput, RotateInput } from '../../../shared/contract/roster';
import type { EndReason } from '../../../shared/dto';
import { call } from './call';
import { queryKeys } from './keys';

export function useRosterList(input: RosterListInput) {
  return useQuery({
    queryKey: queryKeys.roster.list(input),
    queryFn: () => call((api) => api.roster.list(input)),
    // Keep the current page on screen while the next one loads (paging, typing a search).
    placeholderData: keepPreviousData,
  });
}

/** Every focal point the agency ever had, newest first. */
export function useAgencyFocalHistory(agencyId: string) {
  return useQuery({
    queryKey: queryKeys.roster.history(agencyId),
    queryFn: () => call((api) => api.roster.agencyHistory({ agencyId })),
  });
}

/** Who served the agency on a date; idle until a complete date is given. */
export function useFocalAsOf(agencyId: string, date: string | null) {
  return useQuery({
    queryKey: queryKeys.roster.asOf(agencyId, date ?? ''),
    queryFn: () => call((api) => api.roster.asOf({ agencyId, date: date ?? '' })),
    enabled: date !== null,
  });
}

/** Roster changes touch the lists, each agency's history and each person's record. */
async function afterRosterChange(client: QueryClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.roster.all }),
    client.invalidateQueries({ queryKey: queryKeys.persons.all }),
  ]);
}

export function useAssignFocalPoint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignInput) => call((api) => api.roster.assign(input)),
    onSuccess: () => afterRosterChange(client),
  });
}

/** "Ganti narahubung": ends the current primary and starts the successor, in one step. */
export function useRotateFocalPoint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RotateInput) => call((api) => api.roster.rotate(input)),
    onSuccess: () => afterRosterChange(client),
  });
}

export function useEndAssignment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { assignmentId: string; endDate: string; endReason: EndReason; endNote?: string }) => call((api) => api.roster.end(input)),
    onSuccess: () => afterRosterChange(client),
  });
}

export function useCorrectAssignment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CorrectInput) => call((api) => api.roster.correct(input)),
    onSuccess: () => afterRosterChange(client),
  });
}

/** "Konfirmasi data": the office checked these assignments are still true (today). */
export function useConfirmAssignments() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (assignmentIds: string[]) => call((api) => api.roster.confirm({ assignmentIds })),
    onSuccess: () => afterRosterChange(client),
  });
}
