import type { z } from 'zod';
import { apiError } from './errors';

type Where = 'path' | 'query' | 'body';

const KIND: Record<string, string> = { string: 'a string', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object' };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Zod's generic wording, made to name the value and say what it wants. */
function describe(issue: z.core.$ZodIssue, where: Where, input: unknown): string {
  const name = issue.path.map(String).join('.');
  const subject = name ? `'${name}'` : `The request ${where}`;
  if (issue.code === 'invalid_type') {
    if (!name) return where === 'body' ? 'Send a JSON object as the request body.' : `${subject} is malformed.`;
    if (valueAt(input, issue.path) === undefined) return `${subject} is required.`;
    return `${subject} must be ${KIND[issue.expected] ?? `of type ${issue.expected}`}.`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `${subject} must be one of: ${issue.values.map(String).join(', ')}.`;
  }
  if (issue.code === 'custom') return issue.message;
  return name ? `'${name}': ${issue.message}` : issue.message;
}

/**
 * Parses input with a contract schema or throws a 400 InvalidInput naming the first offending
 * field (top-level name: `tags`, not `tags.2`, so the dialog can mark its field).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: Where): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // A problem with the whole body/query/path (not an object, say) names that part instead.
  const field = issue.path.length > 0 ? String(issue.path[0]) : where;
  const others = result.error.issues.length - 1;
  const more = others > 0 ? ` (${others} more problem${others > 1 ? 's' : ''} in the ${where}.)` : '';
  throw apiError(400, 'InvalidInput', describe(issue, where, input) + more, field);
}
