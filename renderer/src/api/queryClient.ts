import { QueryClient } from '@tanstack/react-query';

/**
 * Data comes from a local database over IPC: retrying a failed call does not help (the
 * same input fails the same way), and window focus says nothing about freshness.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: false,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
    mutations: {
      retry: false,
    },
  },
});
