import { HttpProblem } from '../errors';

/** The vendor behind a Maskinporten-shaped token; reads answer a bare 401 without one (altinn-api.md §9). */
export function vendorOrgNo(caller: { orgNo?: string }): string {
  if (!caller.orgNo) throw new HttpProblem(401);
  return caller.orgNo;
}

/** The person behind a personal token; a token without one cannot pass a party policy (bare 403). */
export function actingPerson(caller: { person?: { pid: string; userId: number; partyId: number } }) {
  if (!caller.person) throw new HttpProblem(403);
  return caller.person;
}
