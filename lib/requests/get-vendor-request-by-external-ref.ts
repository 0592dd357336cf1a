import 'server-only';
import { vendorSystem } from '../access/vendor';
import { db } from '../db';
import { problem } from '../errors';
import { requestResponse, type RequestResponse } from './model';
import { visibleToVendor } from './timeout';

/** The active request of a (system, party, externalRef): AUTH-00011 for a system that is not the vendor's, AUTH-00010 for no request. */
export async function getVendorRequestByExternalRef(options: {
  vendorOrgNo: string;
  type: 'standard' | 'agent';
  systemId: string;
  orgNo: string;
  externalRef: string;
}): Promise<RequestResponse> {
  const prisma = await db();
  const system = await vendorSystem(options);
  const request = await prisma.request.findFirst({
    where: {
      type: options.type,
      systemInternalId: system.id,
      partyOrgNo: options.orgNo,
      externalRef: options.externalRef,
      ...visibleToVendor(),
    },
    include: { system: true },
  });
  if (!request) throw problem('AUTH-00010');
  return requestResponse(request, { withConfirmUrl: true });
}
