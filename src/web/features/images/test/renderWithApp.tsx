import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router-dom';
import { initI18n } from '../../../i18n';
import { ImageNotificationsProvider } from '../notifications/ImageNotificationsProvider';

const i18n = initI18n();

/** A fresh client per test, no retries: a refused request shows at once. */
export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/**
 * Renders `element` at `path` (a route pattern such as /regions/:regionId/images) inside the
 * providers the app gives every page, with the notifications in the layout as in the app.
 */
export function renderWithApp(element: ReactNode, { path = '/', url = '/' }: { path?: string; url?: string } = {}) {
  const queryClient = testQueryClient();
  const router = createMemoryRouter(
    [
      {
        element: (
          <ImageNotificationsProvider>
            <Outlet />
          </ImageNotificationsProvider>
        ),
        children: [
          { path, element },
          { path: '*', element: <p>Elsewhere</p> },
        ],
      },
    ],
    { initialEntries: [url] },
  );
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, queryClient, router };
}
