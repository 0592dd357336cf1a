import type { PrismaClient } from '../generated/prisma/client';

// The sandbox clock (docs/altinn-behaviour.md, "Sandbox extensions"): domain time is real time plus an offset stored in the
// database (table SandboxClock), so every instance on one PostgreSQL shares it and it survives a restart.
// Everything about requests, change requests, system users, clients and events reads `sandboxNow()`.
// Tokens, signing keys, Maskinporten grants and webhook retries keep real time.
//
// Reads are hot (every status check), so each process keeps the offset for CACHE_MS and refreshes it on the
// next database access (lib/db.ts calls refreshClock); a change made in this process is seen at once, one
// made by another instance within CACHE_MS.

export const CACHE_MS = 1000;

interface ClockState {
  offsetMs: number;
  readAt: number;
  owner?: object;
  refreshing?: Promise<void>;
}

const key = Symbol.for('systembruker-sandbox.clock');
type WithClock = typeof globalThis & { [key]?: ClockState };

function state(): ClockState {
  const g = globalThis as WithClock;
  g[key] ??= { offsetMs: 0, readAt: 0 };
  return g[key];
}

/** The sandbox's current time. */
export function sandboxNow(): Date {
  return new Date(Date.now() + state().offsetMs);
}

/** The offset from real time in milliseconds, as last read. */
export function clockOffsetMs(): number {
  return state().offsetMs;
}

type ClockDb = Pick<PrismaClient, 'sandboxClock'>;

/** Reads the stored offset when the cached one is older than CACHE_MS or belongs to another database. */
export async function refreshClock(prisma: ClockDb, force = false): Promise<void> {
  const s = state();
  if (!force && s.owner === prisma && Date.now() - s.readAt < CACHE_MS) return;
  if (s.refreshing && s.owner === prisma && !force) return s.refreshing;
  s.owner = prisma;
  const refreshing = prisma.sandboxClock
    .findUnique({ where: { id: 1 }, select: { offsetMs: true } })
    .then((row) => {
      s.offsetMs = Number(row?.offsetMs ?? 0);
      s.readAt = Date.now();
    })
    .finally(() => {
      if (s.refreshing === refreshing) s.refreshing = undefined;
    });
  s.refreshing = refreshing;
  return refreshing;
}

/** Stores a new offset and uses it in this process at once. */
export async function storeClockOffset(prisma: ClockDb, offsetMs: number): Promise<void> {
  const value = BigInt(Math.round(offsetMs));
  await prisma.sandboxClock.upsert({
    where: { id: 1 },
    create: { id: 1, offsetMs: value, updatedAt: new Date() },
    update: { offsetMs: value, updatedAt: new Date() },
  });
  const s = state();
  s.owner = prisma;
  s.offsetMs = Number(value);
  s.readAt = Date.now();
}

/** Forgets the cached offset (tests that swap databases). */
export function forgetClock(): void {
  const s = state();
  s.offsetMs = 0;
  s.readAt = 0;
  s.owner = undefined;
}
