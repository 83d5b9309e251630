import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { queryClient } from '../api/queryClient';
import { AppRoutes } from './AppRoutes';
import { cssVariablesResolver } from './contrast';
import { theme } from './theme';

/**
 * Hash routing: the app is served from app://simpul/ in Electron and from a loopback
 * server in the browser preview, and must not depend on either serving deep paths.
 */
export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" limit={4} />
      <QueryClientProvider client={queryClient}>
        <HashRouter>
          <AppRoutes />
        </HashRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
