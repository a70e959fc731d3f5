import { http, HttpResponse } from 'msw';
import type { SnapshotPage, SnapshotRow } from '../../../../contract';
import { REGION_ID } from '../../images/test/fixtures';
import { api, server } from '../../images/test/server';

/**
 * The BFF's GET /snapshots: filters like the real one (AND of every filter given) and answers
 * pages of `maxResults` with a NextToken. Returns the query of every request, in order.
 */
export function stubSnapshots(all: () => SnapshotRow[]) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get(api(`/regions/${REGION_ID}/snapshots`), ({ request }) => {
      const query = new URL(request.url).searchParams;
      requests.push(query);
      const matches = (value: string, key: string) => !query.get(key) || value === query.get(key);
      const matching = all().filter(
        (snapshot) =>
          matches(snapshot.sourceInstanceId, 'instanceId') &&
          matches(snapshot.sourceDiskId, 'diskId') &&
          matches(snapshot.usage, 'usage') &&
          matches(snapshot.status, 'status') &&
          matches(snapshot.sourceDiskType, 'sourceDiskType'),
      );
      const start = Number(query.get('nextToken') ?? 0);
      const end = start + Number(query.get('maxResults') ?? 10);
      const body: SnapshotPage = {
        snapshots: matching.slice(start, end),
        nextToken: end < matching.length ? String(end) : null,
        totalCount: matching.length,
      };
      return HttpResponse.json(body);
    }),
  );
  return requests;
}
