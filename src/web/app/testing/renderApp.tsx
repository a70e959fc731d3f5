import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useLocation, useParams } from 'react-router-dom';
import { initI18n } from '../../i18n';
import { InstancesPage } from '../../features/instances/InstancesPage';
import { Layout } from '../Layout';
import { theme } from '../theme';

/** The product theme without ripples and transitions, which only cost time in jsdom. */
const testTheme = createTheme(theme, {
  transitions: { create: () => 'none' },
  components: { MuiButtonBase: { defaultProps: { disableRipple: true } } },
});

/** Shows where the router is, so a test can check navigation the way the address bar would. */
function CurrentLocation() {
  const { pathname, search } = useLocation();
  return <output aria-label="Current location">{pathname + search}</output>;
}

/** The images pages belong to another feature; here it is enough to know the router got there. */
function ImagesRouteProbe() {
  const { regionId } = useParams();
  return <h1>Images in {regionId}</h1>;
}

/**
 * Renders the shell and the instances page at `path`, as the real router does, with a fresh
 * QueryClient (no retries, so errors show at once) per call.
 */
export function renderApp(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/regions/:regionId',
        element: (
          <>
            <Layout />
            <CurrentLocation />
          </>
        ),
        children: [
          { path: 'instances', element: <InstancesPage /> },
          { path: 'images', element: <ImagesRouteProbe /> },
          { path: 'images/:imageId', element: <ImagesRouteProbe /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <I18nextProvider i18n={initI18n()}>
      <QueryClientProvider client={queryClient}>
        <ThemeProvider theme={testTheme}>
          <RouterProvider router={router} />
        </ThemeProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, router, queryClient };
}
