import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { listDeliveries } from '@/lib/events/webhooks';
import { deliveriesQuery, webhookParams } from '@/lib/schemas/sandbox';

export const dynamic = 'force-dynamic';

export const GET = authenticated<{ id: string }>({ scopes: [SCOPES.registerWrite] }, async (request, { caller, params }) => {
  const { id } = webhookParams.parse(params);
  const { limit } = readQuery(request, deliveriesQuery);
  return json(await listDeliveries(organisationOf(caller), id, limit));
});
