import 'server-only';

import { db } from '../db';
import { invalid } from '../errors';
import { expireAllDue } from '../requests/timeout';
import type { ClockView } from '../schemas/sandbox';
import { addDuration, parseDuration } from './duration';
import { clockOffsetMs, refreshClock, sandboxNow, storeClockOffset } from './index';

// GET/POST /sandbox/api/v1/clock: read, advance, set or reset the sandbox clock.

function offsetText(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  return `${sign}PT${Math.abs(ms) / 1000}S`;
}

export async function readClock(): Promise<ClockView> {
  const prisma = await db();
  await refreshClock(prisma, true);
  return view();
}

function view(): ClockView {
  const offsetMs = clockOffsetMs();
  return { now: sandboxNow().toISOString(), offset: offsetText(offsetMs), offsetMs };
}

export type ClockChange = { advance: string } | { set: string; allowBackwards?: boolean } | { reset: true };

/** The latest domain time stored in any row: going back before it would put existing rows in the future. */
async function latestStoredTime(): Promise<Date | undefined> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<{ latest: Date | null }[]>`
    SELECT GREATEST(
      (SELECT max("lastChanged") FROM "Request"),
      (SELECT max("lastChanged") FROM "SystemUser"),
      (SELECT max("created") FROM "ClientDelegation"),
      (SELECT max("occurredAt") FROM "SandboxEvent")
    ) AS latest`;
  return row?.latest ?? undefined;
}

export async function changeClock(change: ClockChange): Promise<ClockView> {
  const prisma = await db();
  await refreshClock(prisma, true);
  const now = sandboxNow();
  let offsetMs: number;
  if ('reset' in change) {
    offsetMs = 0;
  } else if ('advance' in change) {
    const duration = parseDuration(change.advance);
    if (!duration) throw invalid({ fields: { advance: ['Not an ISO 8601 duration such as "P11D" or "PT2H30M".'] } });
    // Added to the offset itself, so "P11D" moves the clock by exactly eleven days.
    offsetMs = clockOffsetMs() + (addDuration(now, duration).getTime() - now.getTime());
  } else {
    const target = new Date(change.set);
    if (target < now && !change.allowBackwards) {
      const latest = await latestStoredTime();
      if (latest && target < latest) {
        throw invalid({
          fields: {
            set: [
              `${target.toISOString()} is before ${latest.toISOString()}, the time of the latest stored change: ` +
                'rows would lie in the future. Send "allowBackwards": true to set it anyway, or "reset": true.',
            ],
          },
        });
      }
    }
    offsetMs = target.getTime() - Date.now();
  }
  await storeClockOffset(prisma, offsetMs);
  const timedOut = await expireAllDue();
  return { ...view(), timedOut };
}
