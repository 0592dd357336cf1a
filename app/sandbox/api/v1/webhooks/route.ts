import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { createWebhook, listWebhooks } from '@/lib/events/webhooks';
import { webhookBody } from '@/lib/schemas/sandbox';

export const dynamic = 'force-dynamic';

export const POST = authenticated({ scopes: [SCOPES.registerWrite] }, async (request, { caller }) => {
  const body = await readJsonBody(request, webhookBody);
  return json(await createWebhook({ vendorOrgNo: organisationOf(caller), ...body }), { status: 201 });
});

export const GET = authenticated({ scopes: [SCOPES.registerWrite] }, async (_request, { caller }) =>
  json(await listWebhooks(organisationOf(caller))),
);
