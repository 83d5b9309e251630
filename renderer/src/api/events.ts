import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  EventCreateInput, EventListInput, EventTypeSaveInput, EventUpdateInput, InviteInput, RecordAttendanceInput, WalkInInput,
} from '../../../shared/contract/events';
import type { EventDetailDto, GeneratedDocumentDto } from '../../../shared/dto';
import { call } from './call';

/** Query keys of events; every change refreshes events, types and the agency histories. */
export const eventKeys = {
  all: ['events'] as const,
  list: (input: EventListInput) => ['events', 'list', input] as const,
  detail: (id: string) => ['events', 'detail', id] as const,
  agency: (agencyId: string) => ['events', 'agency', agencyId] as const,
  types: ['events', 'types'] as const,
};

export function useEventTypes() {
  return useQuery({ queryKey: eventKeys.types, queryFn: () => call((api) => api.eventTypes.list({})) });
}

export function useSaveEventType() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: EventTypeSaveInput) => call((api) => api.eventTypes.save(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

export function useEventList(input: EventListInput) {
  return useQuery({ queryKey: eventKeys.list(input), queryFn: () => call((api) => api.events.list(input)), placeholderData: keepPreviousData });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: eventKeys.detail(id), queryFn: () => call((api) => api.events.get({ id })), enabled: id !== '' });
}

export function useAgencyAttendance(agencyId: string) {
  return useQuery({ queryKey: eventKeys.agency(agencyId), queryFn: () => call((api) => api.events.agencyHistory({ agencyId })) });
}

async function afterEventChange(client: QueryClient, detail?: EventDetailDto): Promise<void> {
  if (detail) client.setQueryData(eventKeys.detail(detail.event.id), detail);
  await client.invalidateQueries({ queryKey: eventKeys.all });
}

/** A mutation whose answer is the event's new detail (the page shows it at once). */
function useEventMutation<I>(run: (input: I) => Promise<EventDetailDto>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: (detail) => afterEventChange(client, detail) });
}

export const useCreateEvent = () => useEventMutation((input: EventCreateInput) => call((api) => api.events.create(input)));
export const useUpdateEvent = () => useEventMutation((input: EventUpdateInput) => call((api) => api.events.update(input)));
export const useSetEventCancelled = () =>
  useEventMutation((input: { id: string; cancelled: boolean; reason?: string; expectedUpdatedAt?: string }) => call((api) => api.events.setCancelled(input)));
export const useUninvite = () => useEventMutation((input: { invitationId: string }) => call((api) => api.events.uninvite(input)));
export const useRecordAttendance = () => useEventMutation((input: RecordAttendanceInput) => call((api) => api.events.recordAttendance(input)));
export const useSaveWalkIn = () => useEventMutation((input: WalkInInput) => call((api) => api.events.saveWalkIn(input)));
export const useRemoveWalkIn = () => useEventMutation((input: { id: string }) => call((api) => api.events.removeWalkIn(input)));

export function useInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) => call((api) => api.events.invite(input)),
    onSuccess: (result) => afterEventChange(client, result.detail),
  });
}

export function usePrintAttendanceList() {
  return useMutation({
    mutationFn: (input: { eventId: string; blankRows?: number }): Promise<GeneratedDocumentDto> => call((api) => api.events.printAttendanceList(input)),
  });
}
