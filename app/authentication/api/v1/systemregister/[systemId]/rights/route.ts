import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { rightsQuery } from '@/lib/schemas/systems';
import { appRightsFormat } from '@/lib/systems/app-rights-format';
import { getSystem } from '@/lib/systems/get-system';
import { rightsOf } from '@/lib/systems/present-system';

export const dynamic = 'force-dynamic';

export const GET = authenticated<{ systemId: string }>({ scopes: [SCOPES.portal] }, async (request, { params }) => {
  const query = readQuery(request, rightsQuery);
  const system = await getSystem({ systemId: params.systemId });
  // Altinn answers an empty list, not 404, for a system it does not know.
  const rights = system ? rightsOf(system) : [];
  return json(query.useOldFormatForApp?.toLowerCase() === 'true' ? appRightsFormat(rights) : rights);
});
