import { useMemo, useRef, useState } from 'react';
import { MAX_TAGS } from '../../../../contract';
import { formProblems, hasProblems, type CreateImageFormValues, type TagRow } from './formProblems';

export type TextFieldName = 'imageName' | 'description' | 'resourceGroupId';
/** Fields a server error can name (the contract's CreateImageBody fields the user typed). */
export type ServerErrorField = TextFieldName | 'tags';

type ServerErrors = Partial<Record<ServerErrorField, string>>;

/**
 * The dialog's form: what the user typed, which fields were touched, and the errors to show.
 * Client rule problems show once a field was touched or after a Create attempt; a server error
 * shows on its field until the user edits that field. Nothing here is ever reset by an error.
 */
export function useCreateImageForm() {
  const [values, setValues] = useState<CreateImageFormValues>({
    imageName: '',
    description: '',
    resourceGroupId: '',
    tags: [],
  });
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ServerErrors>({});
  const nextTagId = useRef(1);

  const problems = useMemo(() => formProblems(values), [values]);
  const shows = (touchKey: string) => submitted || touched.has(touchKey);

  const touch = (touchKey: string) =>
    setTouched((current) => (current.has(touchKey) ? current : new Set(current).add(touchKey)));
  const clearServerError = (field: ServerErrorField) =>
    setServerErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));

  const setText = (field: TextFieldName, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    touch(field);
    clearServerError(field);
  };

  const updateTags = (update: (tags: TagRow[]) => TagRow[]) => {
    setValues((current) => ({ ...current, tags: update(current.tags) }));
    clearServerError('tags');
  };

  const tags = {
    rows: values.tags,
    canAdd: values.tags.length < MAX_TAGS,
    add: () => {
      const id = nextTagId.current++;
      updateTags((rows) => [...rows, { id, key: '', value: '' }]);
    },
    remove: (id: number) => updateTags((rows) => rows.filter((row) => row.id !== id)),
    change: (id: number, part: 'key' | 'value', text: string) => {
      updateTags((rows) => rows.map((row) => (row.id === id ? { ...row, [part]: text } : row)));
      touch(`tag:${id}`);
    },
    touch: (id: number) => touch(`tag:${id}`),
    /** The i18n key of the row's visible problem, on the input it concerns. */
    problem: (id: number) => (shows(`tag:${id}`) ? problems.tags.get(id) : undefined),
    serverError: serverErrors.tags,
    listProblem: problems.tagList,
  };

  return {
    values,
    tags,
    setText,
    touch,
    /** A client problem as an i18n key, or the server's message as text. */
    fieldError: (field: TextFieldName): { messageKey?: string; text?: string } => {
      const server = serverErrors[field];
      if (server) return { text: server };
      return shows(field) && problems[field] ? { messageKey: problems[field] } : {};
    },
    /** Marks a Create attempt, so every problem shows; true when the form may be sent. */
    attemptSubmit: () => {
      setSubmitted(true);
      return !hasProblems(problems);
    },
    showServerError: (field: ServerErrorField, message: string) =>
      setServerErrors((current) => ({ ...current, [field]: message })),
  };
}

export type CreateImageForm = ReturnType<typeof useCreateImageForm>;
