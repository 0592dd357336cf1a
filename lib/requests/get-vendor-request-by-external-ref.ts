import 'server-only';

import { vendorSystem } from '../access/vendor';
import { db } from '../db';
import { problem } from '../errors';
import type { RequestType } from '../generated/prisma/enums';
import type { VendorRequestResponse } from '../schemas/requests';
import { requestResponse, type RequestWithSystem } from './model';
import { visibleToVendor } from './timeout';

/**
 * The request of one type for a (system, party, externalRef) that the vendor still sees: AUTH-00011 for a
 * system that is not the vendor's, AUTH-00010 for none. With `newestFirst` the latest of several.
 */
export async function findVendorRequestByExternalRef(options: {
  vendorOrgNo: string;
  type: RequestType;
  systemId: string;
  orgNo: string;
  externalRef: string;
  newestFirst?: boolean;
}): Promise<RequestWithSystem> {
  const [system, prisma] = await Promise.all([vendorSystem(options), db()]);
  const request = await prisma.request.findFirst({
    where: {
      type: options.type,
      systemInternalId: system.id,
      partyOrgNo: options.orgNo,
      externalRef: options.externalRef,
      ...visibleToVendor(),
    },
    include: { system: true },
    ...(options.newestFirst ? { orderBy: [{ created: 'desc' as const }, { id: 'desc' as const }] } : {}),
  });
  if (!request) throw problem('AUTH-00010');
  return request;
}

/** The active standard or agent request of a (system, party, externalRef). */
export async function getVendorRequestByExternalRef(options: {
  vendorOrgNo: string;
  type: 'standard' | 'agent';
  systemId: string;
  orgNo: string;
  externalRef: string;
}): Promise<VendorRequestResponse> {
  return requestResponse(await findVendorRequestByExternalRef(options), { withConfirmUrl: true });
}
