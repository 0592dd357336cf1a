import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { SCOPES } from '@/lib/auth/scopes';
import { eventStream } from '@/lib/events/stream';
import { eventsQuery } from '@/lib/schemas/sandbox';

export const dynamic = 'force-dynamic';

export const GET = authenticated({ scopes: [SCOPES.registerWrite, SCOPES.requestRead] }, async (request, { caller }) => {
  const query = readQuery(request, eventsQuery);
  return eventStream(request, { vendorOrgNo: organisationOf(caller), ...query });
});
