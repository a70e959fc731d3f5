/**
 * ECS's CreateImage input rules, written once. The dialog checks them as the user types and the
 * BFF checks them before anything reaches ECS (ecs-reference §3.1, §3.2).
 *
 * Each check returns a problem code (or null); the web translates the code through i18n and the
 * BFF uses the English message below, so wording never drifts from the rule.
 */

export const IMAGE_NAME_MIN = 2;
export const IMAGE_NAME_MAX = 128;
export const DESCRIPTION_MIN = 2;
export const DESCRIPTION_MAX = 256;
export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 128;
export const MAX_TAGS = 20;
export const CLIENT_TOKEN_MAX = 64;

export type ImageNameProblem =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'urlPrefix'
  | 'reservedPrefix'
  | 'badFirstChar'
  | 'badChars';

export type DescriptionProblem = 'tooShort' | 'tooLong' | 'urlPrefix';

export type TagProblem =
  | 'keyRequired'
  | 'keyTooLong'
  | 'keyReservedPrefix'
  | 'keyContainsUrl'
  | 'valueTooLong'
  | 'valueReservedPrefix'
  | 'valueContainsUrl'
  | 'duplicateKey'
  | 'tooMany';

const LETTER_OR_CJK = /^[A-Za-z\u4e00-\u9fa5]/;
const NAME_CHARS = /^[A-Za-z0-9\u4e00-\u9fa5.:_-]*$/;
const URL_PREFIX = /^https?:\/\//i;
const CONTAINS_URL = /https?:\/\//i;

/** Length counted in characters as a user sees them (code points), as ECS counts them. */
export function charLength(value: string): number {
  return [...value].length;
}

export function imageNameProblem(name: string): ImageNameProblem | null {
  const length = charLength(name);
  if (length === 0) return 'required';
  if (URL_PREFIX.test(name)) return 'urlPrefix';
  if (/^(aliyun|acs:)/i.test(name)) return 'reservedPrefix';
  if (!LETTER_OR_CJK.test(name)) return 'badFirstChar';
  if (!NAME_CHARS.test(name)) return 'badChars';
  if (length < IMAGE_NAME_MIN) return 'tooShort';
  if (length > IMAGE_NAME_MAX) return 'tooLong';
  return null;
}

/** An empty description is allowed (the field is optional); a given one must follow the rule. */
export function descriptionProblem(description: string): DescriptionProblem | null {
  if (description.length === 0) return null;
  const length = charLength(description);
  if (URL_PREFIX.test(description)) return 'urlPrefix';
  if (length < DESCRIPTION_MIN) return 'tooShort';
  if (length > DESCRIPTION_MAX) return 'tooLong';
  return null;
}

export interface TagInput {
  key: string;
  value: string;
}

export function tagProblem(tag: TagInput): TagProblem | null {
  if (tag.key.length === 0) return 'keyRequired';
  if (charLength(tag.key) > TAG_KEY_MAX) return 'keyTooLong';
  if (/^(aliyun|acs:)/i.test(tag.key)) return 'keyReservedPrefix';
  if (CONTAINS_URL.test(tag.key)) return 'keyContainsUrl';
  if (charLength(tag.value) > TAG_VALUE_MAX) return 'valueTooLong';
  if (/^acs:/i.test(tag.value)) return 'valueReservedPrefix';
  if (CONTAINS_URL.test(tag.value)) return 'valueContainsUrl';
  return null;
}

/** Problems of a whole tag list: per-tag problems by index, plus list-level ones. */
export function tagListProblems(tags: readonly TagInput[]): { index: number; problem: TagProblem }[] {
  const problems: { index: number; problem: TagProblem }[] = [];
  if (tags.length > MAX_TAGS) problems.push({ index: MAX_TAGS, problem: 'tooMany' });
  const seen = new Set<string>();
  tags.forEach((tag, index) => {
    const problem = tagProblem(tag);
    if (problem) problems.push({ index, problem });
    else if (seen.has(tag.key)) problems.push({ index, problem: 'duplicateKey' });
    seen.add(tag.key);
  });
  return problems;
}

/** English wording of every problem; the web's i18n has the same keys under `rules.*`. */
export const RULE_MESSAGES_EN = {
  imageName: {
    required: 'Enter a name for the image.',
    tooShort: `The name must be ${IMAGE_NAME_MIN} to ${IMAGE_NAME_MAX} characters long.`,
    tooLong: `The name must be ${IMAGE_NAME_MIN} to ${IMAGE_NAME_MAX} characters long.`,
    urlPrefix: 'The name cannot start with http:// or https://.',
    reservedPrefix: 'The name cannot start with aliyun or acs:.',
    badFirstChar: 'The name must start with a letter or a Chinese character.',
    badChars:
      'The name can contain only letters, Chinese characters, digits, periods (.), colons (:), underscores (_) and hyphens (-).',
  },
  description: {
    tooShort: `The description must be ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} characters long.`,
    tooLong: `The description must be ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} characters long.`,
    urlPrefix: 'The description cannot start with http:// or https://.',
  },
  tag: {
    keyRequired: 'Enter a tag key.',
    keyTooLong: `A tag key can be at most ${TAG_KEY_MAX} characters long.`,
    keyReservedPrefix: 'A tag key cannot start with aliyun or acs:.',
    keyContainsUrl: 'A tag key cannot contain http:// or https://.',
    valueTooLong: `A tag value can be at most ${TAG_VALUE_MAX} characters long.`,
    valueReservedPrefix: 'A tag value cannot start with acs:.',
    valueContainsUrl: 'A tag value cannot contain http:// or https://.',
    duplicateKey: 'Each tag key can be used only once.',
    tooMany: `An image can have at most ${MAX_TAGS} tags.`,
  },
} as const satisfies {
  imageName: Record<ImageNameProblem, string>;
  description: Record<DescriptionProblem, string>;
  tag: Record<TagProblem, string>;
};
