import { BASELINE_IMAGE, WEB_SYSTEM_SNAPSHOT, networkIn } from './testing/imageLife';
import { DB_STAGING_02, HANGZHOU, call, startHarness, type Harness } from './testing/harness';

let harness: Harness;
/** The run-instances body must be valid but for the one field under test, so its network is the seed's. */
let network: { vSwitchId: string; securityGroupId: string };
beforeAll(async () => {
  harness = await startHarness();
  network = await networkIn(harness.app, 'cn-hangzhou-h');
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.reset());

/** Values that are wrong for any field: other types, huge and hostile strings, prototype keys. */
const BAD_VALUES: unknown[] = [
  null,
  true,
  -1,
  1.5,
  1e309,
  'x'.repeat(5000),
  '&Action=DeleteImage&ImageId=m-1',
  '%00%ff',
  '../../etc/passwd',
  '\u202e\u0000',
  [],
  {},
  { __proto__: { polluted: true } },
];

/** `valid` is read inside each test, once the seed's network is known. */
const ROUTES: { method: 'POST'; url: string; valid: () => Record<string, unknown> }[] = [
  { method: 'POST', url: `${HANGZHOU}/images`, valid: () => ({ imageName: 'ok-name', description: 'A fine image', clientToken: 't-1', systemSnapshotId: WEB_SYSTEM_SNAPSHOT, dataDisks: [{ sizeGiB: 20 }], tags: [{ key: 'team', value: 'web' }], architecture: 'x86_64', platform: 'Ubuntu' }) },
  {
    method: 'POST',
    url: `${HANGZHOU}/images/${BASELINE_IMAGE}/instances`,
    valid: () => ({ zoneId: 'cn-hangzhou-h', instanceType: 'ecs.g7.large', ...network, password: 'Console-Test-2026', clientToken: 't-2', dataDisks: [{ device: '/dev/xvdb', sizeGiB: 100 }] }),
  },
  { method: 'POST', url: `${HANGZHOU}/images/${BASELINE_IMAGE}/export`, valid: () => ({ ossBucket: 'ecs-image-exports', ossPrefix: 'web', format: 'raw' }) },
  { method: 'POST', url: `${HANGZHOU}/instances/${DB_STAGING_02}/replace-system-disk`, valid: () => ({ imageId: BASELINE_IMAGE, clientToken: 't-3', systemDiskSizeGiB: 40 }) },
];

describe('bad input to the image-life routes', () => {
  it.each(ROUTES)('$url answers every bad field value with a 400 that names the field, never a 500', async ({ method, url, valid: validBody }) => {
    const valid = validBody();
    for (const field of Object.keys(valid)) {
      for (const value of BAD_VALUES) {
        const { status, json } = await call(harness.app, method, url, { ...valid, [field]: value });
        // Some hostile-looking strings are valid (a ClientToken may be any printable ASCII): those may pass.
        expect({ field, value, status }).toEqual({ field, value, status: expect.toSatisfy((s: number) => s < 500) });
        if (status === 400) expect({ field, value, answer: json.field }).toEqual({ field, value, answer: field });
      }
    }
  });

  it.each(ROUTES)('$url refuses bodies that are not a JSON object with a 4xx', async ({ method, url }) => {
    for (const payload of ['[]', '"text"', '42', 'null', '{"a":', '']) {
      const response = await harness.app.inject({ method, url, payload, headers: { 'content-type': 'application/json' } });
      expect({ payload, status: response.statusCode }).toEqual({ payload, status: expect.toSatisfy((s: number) => s >= 400 && s < 500) });
    }
  });

  it.each([
    `${HANGZHOU}/snapshots?maxResults=abc`,
    `${HANGZHOU}/snapshots?nextToken=${'z'.repeat(300)}`,
    `${HANGZHOU}/snapshots/s-1%26Action%3DDeleteSnapshot`,
    `${HANGZHOU}/tasks/..%2F..%2Fsecrets`,
    `${HANGZHOU}/instance-types?zoneId=%3Cscript%3E`,
    `/api/regions/CN_HANGZHOU/network`,
    `${HANGZHOU}/images/${BASELINE_IMAGE}?force=1`,
  ])('GET/DELETE %s answers 400, not 500', async (url) => {
    const method = url.includes('force=') ? 'DELETE' : 'GET';
    const { status, json } = await call(harness.app, method, url);
    expect(status).toBe(400);
    expect(json.code).toBe('InvalidInput');
  });
});
