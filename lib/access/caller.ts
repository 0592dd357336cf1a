import type { Caller } from '../auth/verify-token';
import { forbidden, unauthenticated } from '../errors';

// Who is calling. An organisation acts through an enterprise (Maskinporten-shaped) or system-user token; a
// person through a personal token or the portal's session. Each has one function, with one answer when the
// token carries no such identity.

/** A person as Altinn's tokens and the portal session name them. */
export interface Person {
  pid: string;
  userId: number;
  partyId: number;
}

/** The organisation number of an enterprise or system-user token; none → unauthenticated. */
export function organisationOf(caller: Pick<Caller, 'orgNo'>): string {
  if (!caller.orgNo) throw unauthenticated();
  return caller.orgNo;
}

/** The person of a personal token; none → forbidden: such a token cannot pass any party policy. */
export function personOf(caller: Pick<Caller, 'person'>): Person {
  if (!caller.person) throw forbidden();
  return caller.person;
}

/** The person of the portal session (undefined when nobody is logged in) → unauthenticated. */
export function sessionPersonOf(person: Person | undefined): Person {
  if (!person) throw unauthenticated();
  return person;
}
