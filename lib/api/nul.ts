// PostgreSQL cannot store or compare text holding U+0000: the database answers "invalid byte sequence"
// (22021), or "untranslatable character" (22P05) inside JSON. Input is checked for it where it enters, so
// such a request is a 400 that changes nothing rather than a 500, perhaps after an earlier write.

export const NUL_MESSAGE = 'The value may not contain the character U+0000.';

/** The path (zod's spelling: `rights.0.resource`, `$` for the whole value) of the first string with U+0000. */
export function nulPath(value: unknown, path: (string | number)[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? (path.length ? path.join('.') : '$') : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, [...path, index]);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(key, path) ?? nulPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** True for the database's refusal of U+0000 (a check at the edge was missed): the caller's input, a 400. */
export function isNulRefusal(error: unknown): boolean {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } })?.meta?.driverAdapterError?.cause;
  return cause?.originalCode === '22021' || cause?.originalCode === '22P05';
}
