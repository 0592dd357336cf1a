import { LIMITS } from '../limits';

// PostgreSQL cannot store or compare text holding U+0000: the database answers "invalid byte sequence"
// (22021), or "untranslatable character" (22P05) inside JSON. Input is checked for it where it enters, so
// such a request is a 400 that changes nothing rather than a 500, perhaps after an earlier write.
// The walk is iterative and stops at a depth: a body nested thousands deep is a 400, never a stack overflow.

export const NUL_MESSAGE = 'The value may not contain the character U+0000.';
export const TOO_DEEP_MESSAGE = `The JSON value is nested deeper than ${LIMITS.jsonDepth} levels.`;

export type JsonFinding = { path: string; problem: 'nul' | 'depth' };

/**
 * The first string holding U+0000, or the first value nested deeper than `maxDepth`, with its path in zod's
 * spelling (`rights.0.resource`, `$` for the whole value). Depth-first, in document order, without recursion.
 */
export function inspectJson(value: unknown, maxDepth: number = LIMITS.jsonDepth): JsonFinding | undefined {
  // Each entry: the value, its parent entry's index (for the path, built only when something is found), its key.
  const nodes: { key: string | number | undefined; parent: number }[] = [];
  const stack: { value: unknown; depth: number; node: number }[] = [{ value, depth: 0, node: -1 }];
  const pathOf = (node: number, last?: string | number): string => {
    const parts: (string | number)[] = last === undefined ? [] : [last];
    for (let at = node; at >= 0; at = nodes[at].parent) parts.unshift(nodes[at].key!);
    return parts.length ? parts.join('.') : '$';
  };
  while (stack.length > 0) {
    const { value: current, depth, node } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\0')) return { path: pathOf(node), problem: 'nul' };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= maxDepth) return { path: pathOf(node), problem: 'depth' };
    const entries: [string | number, unknown][] = Array.isArray(current) ? [...current.entries()] : Object.entries(current);
    // Pushed in reverse so the first child is looked at first.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i];
      if (typeof key === 'string' && key.includes('\0')) return { path: pathOf(node), problem: 'nul' };
      nodes.push({ key, parent: node });
      stack.push({ value: item, depth: depth + 1, node: nodes.length - 1 });
    }
  }
  return undefined;
}

/** The path (zod's spelling: `rights.0.resource`, `$` for the whole value) of the first string with U+0000. */
export function nulPath(value: unknown): string | undefined {
  const found = inspectJson(value, Number.POSITIVE_INFINITY);
  return found?.path;
}

/** True for the database's refusal of U+0000 (a check at the edge was missed): the caller's input, a 400. */
export function isNulRefusal(error: unknown): boolean {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } })?.meta?.driverAdapterError?.cause;
  return cause?.originalCode === '22021' || cause?.originalCode === '22P05';
}
