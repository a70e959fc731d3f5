import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ImageBuild, Instance, InstanceList, Meta, Session } from '../../../contract';
import { regions } from '../../features/instances/testing/fixtures';

/** Records every /api request a test made, so it can assert what the console asked for. */
export const requests: URL[] = [];

export interface ApiState {
  mode: Meta['mode'];
  instances: Instance[];
  builds: ImageBuild[];
  /** GET /api/session; by default the loopback answer: no sign-in, everyone an operator. */
  session?: Session;
}

/**
 * A BFF stand-in speaking the contract: regions, meta, image builds and an instance list that
 * filters by name / ID / status like the real one. Tests override single routes with server.use().
 */
export function createApiServer(state: ApiState) {
  const server = setupServer(
    http.get('*/api/meta', () => HttpResponse.json<Meta>({ mode: state.mode, endpoint: '127.0.0.1:8787' })),
    http.get('*/api/regions', () => HttpResponse.json({ regions })),
    http.get('*/api/session', () =>
      HttpResponse.json<Session>(state.session ?? { authenticated: false, authRequired: false, demoSignIn: false, authMode: 'none' }),
    ),
    http.get('*/api/regions/:regionId/image-builds', () => HttpResponse.json({ builds: state.builds })),
    http.get('*/api/regions/:regionId/instances', ({ request, params }) => {
      const query = new URL(request.url).searchParams;
      const name = query.get('name');
      const instanceId = query.get('instanceId');
      const status = query.get('status');
      const instances = state.instances.filter(
        (instance) =>
          instance.regionId === params.regionId &&
          (!name || instance.instanceName.includes(name)) &&
          (!instanceId || instance.instanceId === instanceId) &&
          (!status || instance.status === status),
      );
      return HttpResponse.json<InstanceList>({ instances, nextToken: null, totalCount: instances.length });
    }),
  );
  // Recorded from the server's events, so routes a test overrides with server.use() count too.
  server.events.on('request:start', ({ request }) => {
    requests.push(new URL(request.url));
  });
  return server;
}
