import { z } from 'zod';

import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { getInternalRequest } from '@/lib/requests/get-internal-request';
import { guid } from '@/lib/schemas/binding';

// GET systemuser/request/agent/{requestId}.
// Next.js needs one name per dynamic segment level, and the level below is {party}, so the request id
// arrives under that name here.
const params = z.object({ party: guid() });

export const GET = authenticated<{ party: string }>({ scopes: [SCOPES.portal] }, async (_request, context) => {
  const { party: requestId } = params.parse(context.params);
  return json(await getInternalRequest({ id: requestId, type: 'agent', person: personOf(context.caller) }));
});
