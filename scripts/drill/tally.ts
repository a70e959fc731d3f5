/** The drill's verdict, from what clients were told and what the emulator really holds. */
import type { Attempt, Outcome } from './browser';

export interface DrillImage {
  ImageId: string;
  ImageName: string;
}

export interface Tally {
  attempts: number;
  created: number;
  imagesInEcs: number;
  duplicates: number;
  lost: number;
  /** Failures the user saw although ECS made the image (they would find it in the list). */
  orphaned: number;
  /** Final failures by "status code/ecsCode". */
  errorMix: Record<string, number>;
  uncoded: number;
  browserResends: number;
  lostDetails: string[];
}

export function tally(results: ReadonlyArray<{ attempt: Attempt; outcome: Outcome }>, images: readonly DrillImage[]): Tally {
  const byName = new Map<string, DrillImage[]>();
  for (const image of images) byName.set(image.ImageName, [...(byName.get(image.ImageName) ?? []), image]);

  const result: Tally = {
    attempts: results.length,
    created: 0,
    imagesInEcs: images.length,
    duplicates: 0,
    lost: 0,
    orphaned: 0,
    errorMix: {},
    uncoded: 0,
    browserResends: 0,
    lostDetails: [],
  };
  for (const made of byName.values()) result.duplicates += made.length - 1;

  for (const { attempt, outcome } of results) {
    result.browserResends += outcome.sends - 1;
    const made = byName.get(attempt.imageName) ?? [];
    if (outcome.kind === 'created') {
      result.created += 1;
      // Lost: the client was told "created" but that image is not there (or is another one).
      if (!made.some((image) => image.ImageId === outcome.imageId)) {
        result.lost += 1;
        result.lostDetails.push(`#${attempt.index} told ${outcome.imageId}, ECS has [${made.map((i) => i.ImageId).join(', ')}]`);
      }
    } else if (outcome.kind === 'uncoded') {
      result.uncoded += 1;
      result.lost += 1;
      result.lostDetails.push(`#${attempt.index} got ${outcome.status} without code/message: ${outcome.body}`);
    } else {
      const key = `${outcome.status} ${outcome.code}${outcome.ecsCode ? `/${outcome.ecsCode}` : ''}`;
      result.errorMix[key] = (result.errorMix[key] ?? 0) + 1;
      if (made.length > 0) result.orphaned += 1;
    }
  }
  return result;
}
