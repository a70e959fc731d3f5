/**
 * The case that could make an image twice: ECS carries out CreateImage, then the answer is lost.
 * Against the emulator, through the real SDK on the wire: the BFF's retry repeats the browser's
 * ClientToken and gets the first ImageId back; exactly one image exists.
 */
import type { FastifyInstance } from 'fastify';
import { createEmulator, inspect } from '../../../mocks/ecs/emulator';
import { buildApp } from '../app';
import { HANGZHOU, WEB_PROD_01, imageBody } from '../testing/harness';
import { startFaultyInProcessEcs, type FaultyEcs } from '../testing/wireFaults';
import { NO_RESPONSE_CODES } from './port';
import { withRetries } from './retryingEcsPort';
import { SdkEcsClient } from './sdkEcsClient';

const emulator = createEmulator({ clock: 'manual' });
const [accessKeyId, accessKeySecret] = [...emulator.credentials][0]!;
const sdk = new SdkEcsClient({ credentials: { kind: 'accessKey', accessKeyId, accessKeySecret } });
const fastPolicy = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5, callTimeoutMs: 5_000, totalBudgetMs: 10_000 };

let ecs: FaultyEcs;
let app: FastifyInstance;
beforeAll(async () => {
  ecs = startFaultyInProcessEcs(emulator);
  app = await buildApp({ ecs: withRetries(sdk, fastPolicy), mode: 'mock', endpointLabel: 'test' });
});
afterAll(async () => {
  await app.close();
  ecs.close();
});
beforeEach(() => emulator.reset());

const imagesNamed = (name: string) => inspect(emulator, accessKeyId).images.filter((image) => image.ImageName === name);

it('without a retry, a lost answer hides an image that ECS did make (the fault is real)', async () => {
  ecs.queue('CreateImage', { kind: 'dropResponse' });
  const body = imageBody();
  const request = { instanceId: WEB_PROD_01, ...body, tags: [] };
  await expect(sdk.createImage('cn-hangzhou', request)).rejects.toMatchObject({ ecsCode: NO_RESPONSE_CODES.network });
  expect(imagesNamed(body.imageName)).toHaveLength(1);
});

it('retries with the same ClientToken and returns the ImageId of the image ECS made first', async () => {
  ecs.queue('CreateImage', { kind: 'dropResponse' });
  const processedBefore = ecs.counts.processed;
  const body = imageBody();
  const response = await app.inject({ method: 'POST', url: `${HANGZHOU}/instances/${WEB_PROD_01}/images`, payload: body });

  expect(response.statusCode).toBe(201);
  const made = imagesNamed(body.imageName);
  expect(made).toHaveLength(1);
  expect(response.json()).toMatchObject({ imageId: made[0]!.ImageId });
  // ECS saw the request twice: once answered into the void, once answered from its token record.
  expect(ecs.counts.processed - processedBefore).toBe(2);
});

it('survives a lost answer followed by throttling and a 503, still with one image', async () => {
  ecs.queue('CreateImage', { kind: 'dropResponse' }, { kind: 'throttle', retryAfterMs: 0 }, { kind: 'unavailable' });
  const body = imageBody();
  const response = await app.inject({ method: 'POST', url: `${HANGZHOU}/instances/${WEB_PROD_01}/images`, payload: body });
  expect(response.statusCode).toBe(201);
  expect(imagesNamed(body.imageName).map((image) => image.ImageId)).toEqual([response.json().imageId]);
});

it('a browser retry of the same body after the BFF gave up also gets the first image', async () => {
  const faults = Array.from({ length: fastPolicy.maxAttempts }, () => ({ kind: 'dropResponse' as const }));
  ecs.queue('CreateImage', ...faults);
  const body = imageBody();
  const url = `${HANGZHOU}/instances/${WEB_PROD_01}/images`;
  const first = await app.inject({ method: 'POST', url, payload: body });
  expect(first.statusCode).toBe(502);
  expect(first.json()).toMatchObject({ code: 'UpstreamUnavailable', message: expect.any(String) });

  const again = await app.inject({ method: 'POST', url, payload: body });
  expect(again.statusCode).toBe(201);
  expect(imagesNamed(body.imageName).map((image) => image.ImageId)).toEqual([again.json().imageId]);
});
