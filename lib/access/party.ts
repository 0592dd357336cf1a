import 'server-only';

import { db } from '../db';
import { forbidden, problem } from '../errors';
import type { Organization } from '../generated/prisma/client';
import type { Person } from './caller';
import { readAccess } from './roles';

// The party policies of Altinn's PDP, in one place: "AM read/write" needs an access manager, "ClientAdmin" a
// client administrator, and any role at all lets the person represent the party. A denied policy is
// `forbidden` (Altinn's Forbid(), with no body). Every domain function that acts for a party calls
// authorizeParty itself, so a new caller cannot forget it.

export type PartyPolicy = 'represent' | 'accessManager' | 'clientAdmin';

export interface PartyAccess {
  org: { id: string; orgNo: string; name: string; partyId: number; unitType: string };
  person: { id: string; pid: string; name: string; userId: number; partyId: number };
  isAccessManager: boolean;
  isClientAdmin: boolean;
  /** Resource ids and package URNs the person holds for the organisation. */
  rights: string[];
  packages: string[];
}

/** A party by party id (the API's `{party}`) or organisation number (the portal's forms). */
export type PartyRef = { partyId: number } | { orgNo: string };

/** What every party-scoped domain function is called with: who acts, and for which party. */
export interface PartyCall {
  person: Person;
  party: PartyRef;
}

/** Whether the policy lets a person with this access act. */
export function permits(access: Pick<PartyAccess, 'isAccessManager' | 'isClientAdmin'>, policy: PartyPolicy): boolean {
  switch (policy) {
    case 'represent':
      return true;
    case 'accessManager':
      return access.isAccessManager;
    case 'clientAdmin':
      return access.isClientAdmin;
  }
}

/** Who the person is to the organisation; undefined when either is unknown or the person has no role there. */
export async function readPartyAccess(options: { pid: string; party: PartyRef }): Promise<PartyAccess | undefined> {
  const found = await readAccess(options);
  if (!found?.access.canRepresent) return undefined;
  const { org, person, access } = found;
  return {
    org,
    person,
    isAccessManager: access.isAccessManager,
    isClientAdmin: access.isClientAdministrator,
    rights: access.rights,
    packages: access.packages,
  };
}

/** The person's access to the party under the policy; an unknown party or a denied policy → forbidden. */
export async function authorizeParty(person: Pick<Person, 'pid'>, party: PartyRef, policy: PartyPolicy): Promise<PartyAccess> {
  const access = await readPartyAccess({ pid: person.pid, party });
  if (!access || !permits(access, policy)) throw forbidden();
  return access;
}

/**
 * The request routes' order (Altinn's ValidatePartyRequest): an unknown party is AUTH-00000 before any
 * policy is decided; then the policy as in authorizeParty.
 */
export async function authorizeKnownParty(
  person: Pick<Person, 'pid'>,
  partyId: number,
  policy: PartyPolicy,
): Promise<{ party: Organization; access: PartyAccess }> {
  const party = await (await db()).organization.findUnique({ where: { partyId } });
  if (!party) throw problem('AUTH-00000');
  return { party, access: await authorizeParty(person, { orgNo: party.orgNo }, policy) };
}

/**
 * An agent system user is managed only by its facilitator: a facilitator id given with the call (the query's
 * `provider`, `facilitator` or `facilitatorId`) must be the party's own, else AUTH-00031.
 */
export function requireFacilitator(access: PartyAccess, facilitatorId: string | undefined): void {
  if (facilitatorId !== undefined && facilitatorId !== access.org.id) throw problem('AUTH-00031');
}

/** authorizeParty for a call that may name the facilitator: one named must be the party itself (AUTH-00031). */
export async function authorizeFacilitator(
  person: Pick<Person, 'pid'>,
  party: PartyRef,
  policy: PartyPolicy,
  facilitatorId: string | undefined,
): Promise<PartyAccess> {
  const access = await authorizeParty(person, party, policy);
  requireFacilitator(access, facilitatorId);
  return access;
}
