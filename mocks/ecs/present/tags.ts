import type { TagRecord } from '../model';

export function presentTags(tags: readonly TagRecord[]): { Tag: { TagKey: string; TagValue: string }[] } {
  return { Tag: tags.map((tag) => ({ TagKey: tag.key, TagValue: tag.value })) };
}
