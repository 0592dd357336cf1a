import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { listClients } from '@/lib/client-delegation/list-clients';
import { clientsQuery, partyParams } from '@/lib/schemas/portal';

// GET systemuser/agent/{party}/clients?facilitator=&packages=…: the facilitator's clients carrying the packages.
export const GET = authenticated({ scopes: [SCOPES.portal] }, async (request, { params, caller }) => {
  const { party } = partyParams.parse(params);
  const query = readQuery(request, clientsQuery);
  return json(
    await listClients({ person: personOf(caller), party: { partyId: party }, facilitator: query.facilitator, packages: query.packages }),
  );
});
