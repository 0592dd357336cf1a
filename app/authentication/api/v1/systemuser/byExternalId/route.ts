import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { HttpProblem } from '@/lib/errors';
import { byExternalIdQuery } from '@/lib/schemas/maskinporten';
import { findByExternalId } from '@/lib/system-users/find-by-external-id';

export const dynamic = 'force-dynamic';

// Maskinporten's lookup of the system user a system-user grant asks for (docs/altinn-behaviour.md, "Vendor reads of system users").
export const GET = authenticated({ scopes: [SCOPES.systemUserLookup] }, async (request) => {
  const query = readQuery(request, byExternalIdQuery);
  const systemUser = await findByExternalId(query);
  if (!systemUser) throw new HttpProblem(404);
  return json(systemUser, { headers: { 'cache-control': 'no-store' } });
});
