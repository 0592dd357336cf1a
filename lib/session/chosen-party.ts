import 'server-only';

import { cookies } from 'next/headers';

import type { Person } from '../access/caller';
import { authorizeParty } from '../access/party';
import { config } from '../config';
import { isRefusal } from '../errors';
import { listRepresentedParties } from '../parties/represented-parties';

// The organisation the person acts for, kept in a cookie like Altinn's AltinnPartyId. Only an organisation
// the person may represent counts; otherwise the first one they manage is chosen.

export const PARTY_COOKIE = 'altinn_party';
export const PARTY_COOKIE_OPTIONS = { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 60 * 60 * 24 * 30 } as const;

/** Cookies are `Secure` when the sandbox is served over https (PUBLIC_URL); next-auth does the same for its own. */
export function secureCookie(): { secure: boolean } {
  return { secure: config().PUBLIC_URL.startsWith('https:') };
}

export function partyCookieOptions() {
  return { ...PARTY_COOKIE_OPTIONS, ...secureCookie() };
}

export type RepresentedParty = Awaited<ReturnType<typeof listRepresentedParties>>[number];

export async function chosenParty(pid: string): Promise<{ chosen?: RepresentedParty; parties: RepresentedParty[] }> {
  const parties = await listRepresentedParties({ pid });
  const wanted = (await cookies()).get(PARTY_COOKIE)?.value;
  const chosen = parties.find((p) => p.orgNo === wanted) ?? parties[0];
  return { chosen, parties };
}

/**
 * Chooses the organisation the person acts for, when the person may represent it ("represent" policy):
 * true when chosen, false when refused (nothing changes then).
 */
export async function rememberParty(person: Pick<Person, 'pid'>, orgNo: string): Promise<boolean> {
  try {
    await authorizeParty(person, { orgNo }, 'represent');
  } catch (error) {
    if (isRefusal(error)) return false;
    throw error;
  }
  (await cookies()).set(PARTY_COOKIE, orgNo, partyCookieOptions());
  return true;
}
