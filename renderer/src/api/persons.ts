import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { PersonInput } from '../../../shared/contract/roster';
import type { PersonDetailDto } from '../../../shared/dto';
import { call } from './call';
import { queryKeys } from './keys';

const PICKER_SIZE = 20;

/** People in the roster matching a search (name, NIP, phone), for choosing a focal point. */
export function usePersonSearch(search: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.persons.list(search),
    queryFn: () => call((api) => api.persons.list({ search, page: 1, pageSize: PICKER_SIZE })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: queryKeys.persons.detail(id),
    queryFn: () => call((api) => api.persons.get({ id })),
  });
}

/** The latest version of a person (after a CONFLICT), bypassing the cache. */
export function fetchPersonFresh(client: QueryClient, id: string): Promise<PersonDetailDto> {
  return client.fetchQuery({
    queryKey: queryKeys.persons.detail(id),
    queryFn: () => call((api) => api.persons.get({ id })),
    staleTime: 0,
  });
}

export function useUpdatePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonInput & { id: string; expectedUpdatedAt?: string }) => call((api) => api.persons.update(input)),
    // Names and numbers show in the roster and every agency's history too.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.persons.all }),
        client.invalidateQueries({ queryKey: queryKeys.roster.all }),
      ]),
  });
}
