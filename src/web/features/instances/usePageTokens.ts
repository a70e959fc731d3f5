import { useState } from 'react';

/**
 * Server-side paging with ECS's NextToken: a token only leads forward, so the tokens of the pages
 * already seen are kept on a stack for Previous. Any change of `resetKey` (filters, page size,
 * region) starts again at page 1.
 */
export function usePageTokens(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | undefined)[] }>({ key: resetKey, stack: [undefined] });
  const stack = state.key === resetKey ? state.stack : [undefined];
  return {
    token: stack[stack.length - 1],
    page: stack.length,
    next: (nextToken: string) => setState({ key: resetKey, stack: [...stack, nextToken] }),
    previous: () => setState({ key: resetKey, stack: stack.length > 1 ? stack.slice(0, -1) : stack }),
  };
}
