// What the database's refusals mean, however the driver adapter (PGlite or pg) reports them.

/** A unique-constraint violation: somebody else stored the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as {
    code?: unknown;
    cause?: { code?: unknown };
    // A raw query's refusal through a driver adapter (Prisma's P2010).
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
  };
  return (
    e.code === 'P2002' || e.code === '23505' || e.cause?.code === '23505' || e.meta?.driverAdapterError?.cause?.originalCode === '23505'
  );
}
