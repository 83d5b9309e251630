import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserCreateInput, UserResetPasswordInput, UserUpdateInput } from '../../../shared/contract/users';
import { call } from './call';
import { queryKeys } from './keys';

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users.all,
    queryFn: () => call((api) => api.users.list({ includeInactive: true })),
  });
}

function useUserMutation<I, O>(run: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      // The audit trail has a new entry too.
      await Promise.all([client.invalidateQueries({ queryKey: queryKeys.users.all }), client.invalidateQueries({ queryKey: queryKeys.audit.all })]);
    },
  });
}

export const useCreateUser = () => useUserMutation((input: UserCreateInput) => call((api) => api.users.create(input)));
export const useUpdateUser = () => useUserMutation((input: UserUpdateInput) => call((api) => api.users.update(input)));
export const useResetPassword = () => useUserMutation((input: UserResetPasswordInput) => call((api) => api.users.resetPassword(input)));
export const useSetUserActive = () => useUserMutation((input: { id: string; active: boolean }) => call((api) => api.users.setActive(input)));
