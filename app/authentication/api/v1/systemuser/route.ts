import { authenticated } from '@/lib/api/authenticated';
import { readJsonBody } from '@/lib/api/read-body';
import { SCOPES } from '@/lib/auth/scopes';
import { updateSystemUserBody } from '@/lib/schemas/system-users';
import { updateSystemUser } from '@/lib/system-users/update-system-user';

// PUT systemuser: Altinn's no-op update (200 when the system user exists, 404 when not).
export const PUT = authenticated({ scopes: [SCOPES.portal] }, async (request, { caller }) => {
  const { id } = await readJsonBody(request, updateSystemUserBody);
  await updateSystemUser({ caller, id });
  return new Response(null, { status: 200 });
});
