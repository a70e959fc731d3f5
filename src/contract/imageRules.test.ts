import { createImageBodySchema, descriptionProblem, imageNameProblem, tagListProblems } from './index';

describe('image name rule (ECS CreateImage ImageName)', () => {
  it.each([
    ['web-prod-01-golden', null],
    ['Ab', null],
    ['镜像-01', null],
    ['release.v1:2_final', null],
    ['a'.repeat(128), null],
    ['', 'required'],
    ['a', 'tooShort'],
    ['a'.repeat(129), 'tooLong'],
    ['1abc', 'badFirstChar'],
    ['-abc', 'badFirstChar'],
    ['http://x', 'urlPrefix'],
    ['https://x', 'urlPrefix'],
    ['aliyun-image', 'reservedPrefix'],
    ['acs:image', 'reservedPrefix'],
    ['my image', 'badChars'],
    ['name<script>', 'badChars'],
  ])('%j -> %s', (name, problem) => {
    expect(imageNameProblem(name)).toBe(problem);
  });
});

describe('description rule', () => {
  it.each([
    ['', null],
    ['ok', null],
    ['x', 'tooShort'],
    ['x'.repeat(256), null],
    ['x'.repeat(257), 'tooLong'],
    ['https://docs', 'urlPrefix'],
    ['see https://docs later', null],
  ])('%j -> %s', (description, problem) => {
    expect(descriptionProblem(description)).toBe(problem);
  });
});

describe('tag rules', () => {
  it('flags each bad tag by index and duplicate keys', () => {
    expect(
      tagListProblems([
        { key: 'env', value: 'prod' },
        { key: '', value: 'x' },
        { key: 'acs:owner', value: '' },
        { key: 'env', value: 'dev' },
        { key: 'team', value: 'acs:ops' },
      ]),
    ).toEqual([
      { index: 1, problem: 'keyRequired' },
      { index: 2, problem: 'keyReservedPrefix' },
      { index: 3, problem: 'duplicateKey' },
      { index: 4, problem: 'valueReservedPrefix' },
    ]);
  });

  it('refuses more than 20 tags', () => {
    const tags = Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(tagListProblems(tags)).toContainEqual({ index: 20, problem: 'tooMany' });
  });
});

describe('create-image body schema (what the BFF accepts)', () => {
  const valid = { imageName: 'golden-01', clientToken: 'token-1' };

  it('accepts a valid body and fills defaults', () => {
    expect(createImageBodySchema.parse(valid)).toEqual({ ...valid, description: '', tags: [] });
  });

  it('names the field that breaks a rule, with the rule message', () => {
    const result = createImageBodySchema.safeParse({ ...valid, imageName: '9lives', description: 'x' });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['imageName', 'The name must start with a letter or a Chinese character.'],
      ['description', 'The description must be 2 to 256 characters long.'],
    ]);
  });

  it('refuses a non-ASCII or oversize client token', () => {
    expect(createImageBodySchema.safeParse({ ...valid, clientToken: 'tök' }).success).toBe(false);
    expect(createImageBodySchema.safeParse({ ...valid, clientToken: 'x'.repeat(65) }).success).toBe(false);
  });
});
