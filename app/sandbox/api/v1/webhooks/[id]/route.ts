import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { SCOPES } from '@/lib/auth/scopes';
import { deleteWebhook } from '@/lib/events/webhooks';
import { webhookParams } from '@/lib/schemas/sandbox';

export const dynamic = 'force-dynamic';

export const DELETE = authenticated<{ id: string }>({ scopes: [SCOPES.registerWrite] }, async (_request, { caller, params }) => {
  const { id } = webhookParams.parse(params);
  await deleteWebhook(organisationOf(caller), id);
  return new Response(null, { status: 204 });
});
