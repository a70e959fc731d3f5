import {
  createImageBodySchema,
  descriptionProblem,
  imageNameProblem,
  tagListProblems,
  type TagProblem,
} from '../../../../contract';

/** A tag row as the editor keeps it: the id keeps React keys and touched state stable on removal. */
export interface TagRow {
  id: number;
  key: string;
  value: string;
}

export interface CreateImageFormValues {
  imageName: string;
  description: string;
  resourceGroupId: string;
  tags: TagRow[];
}

export interface TagRowProblem {
  /** Which input of the row the problem belongs to. */
  part: 'key' | 'value';
  messageKey: string;
}

/** Every client-side problem of the form, as i18n keys; the same contract rules the BFF applies. */
export interface CreateImageFormProblems {
  imageName?: string;
  description?: string;
  resourceGroupId?: string;
  /** By row id. */
  tags: Map<number, TagRowProblem>;
  /** A problem of the list as a whole (too many tags). */
  tagList?: string;
}

const resourceGroupIdSchema = createImageBodySchema.shape.resourceGroupId;

const partOf = (problem: TagProblem): TagRowProblem['part'] => (problem.startsWith('value') ? 'value' : 'key');

export function formProblems(values: CreateImageFormValues): CreateImageFormProblems {
  const nameProblem = imageNameProblem(values.imageName);
  const descProblem = descriptionProblem(values.description);
  const resourceGroupId = values.resourceGroupId.trim();
  const problems: CreateImageFormProblems = {
    imageName: nameProblem ? `rules.imageName.${nameProblem}` : undefined,
    description: descProblem ? `rules.description.${descProblem}` : undefined,
    resourceGroupId:
      resourceGroupId && !resourceGroupIdSchema.safeParse(resourceGroupId).success
        ? 'images.create.resourceGroupInvalid'
        : undefined,
    tags: new Map(),
  };
  for (const { index, problem } of tagListProblems(values.tags)) {
    const row = values.tags[index];
    if (row) problems.tags.set(row.id, { part: partOf(problem), messageKey: `rules.tag.${problem}` });
    else problems.tagList = `rules.tag.${problem}`;
  }
  return problems;
}

export const hasProblems = (problems: CreateImageFormProblems) =>
  Boolean(problems.imageName || problems.description || problems.resourceGroupId || problems.tagList) ||
  problems.tags.size > 0;
