import 'server-only';
import { vendorSystem } from '../access/vendor';
import { db } from '../db';
import { problem } from '../errors';
import { changeRequestResponse, type ChangeRequestResponse } from '../requests/model';
import { visibleToVendor } from '../requests/timeout';

/**
 * The latest change request for a system user by (system, party, externalRef): AUTH-00011 for a system that
 * is not the vendor's, AUTH-00010 for none. Unlike Altinn, the package lists are filled in.
 */
export async function getVendorChangeRequestByExternalRef(options: {
  vendorOrgNo: string;
  systemId: string;
  orgNo: string;
  externalRef: string;
}): Promise<ChangeRequestResponse> {
  const prisma = await db();
  const system = await vendorSystem(options);
  const request = await prisma.request.findFirst({
    where: {
      type: 'change',
      systemInternalId: system.id,
      partyOrgNo: options.orgNo,
      externalRef: options.externalRef,
      ...visibleToVendor(),
    },
    include: { system: true },
    orderBy: [{ created: 'desc' }, { id: 'desc' }],
  });
  if (!request) throw problem('AUTH-00010');
  return changeRequestResponse(request, { withConfirmUrl: true });
}
