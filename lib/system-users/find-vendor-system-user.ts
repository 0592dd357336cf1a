import 'server-only';

import { db } from '../db';
import { notFound } from '../errors';
import { type SystemUserExternalDto, toExternalDto } from './vendor-dto';

/**
 * The vendor's active system user for (system, customer org, externalRef) (docs/altinn-behaviour.md, "Vendor reads of system users" `byquery`);
 * externalRef defaults to the org number. None, or another vendor's: not found, without a code.
 */
export async function findVendorSystemUser(options: {
  vendorOrgNo: string;
  systemId: string;
  orgNo: string;
  externalRef?: string;
}): Promise<SystemUserExternalDto> {
  const user = await (
    await db()
  ).systemUser.findFirst({
    where: {
      system: { systemId: options.systemId, vendorOrgNo: options.vendorOrgNo },
      reporteeOrgNo: options.orgNo,
      externalRef: options.externalRef || options.orgNo,
      isDeleted: false,
    },
    include: { system: true },
  });
  if (!user) throw notFound();
  return toExternalDto(user);
}
