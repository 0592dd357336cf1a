import 'server-only';

import { readPartyAccess } from '../access/party';
import { chosenParty } from './chosen-party';
import { requirePerson } from './current-person';

/** What every management page needs: the person, the organisations they represent, and the one chosen. */
export async function managementContext(returnTo: string) {
  const person = await requirePerson(returnTo);
  const { chosen, parties } = await chosenParty(person.pid);
  const access = chosen ? await readPartyAccess({ pid: person.pid, party: { orgNo: chosen.orgNo } }) : undefined;
  return { person, parties, chosen, access };
}
