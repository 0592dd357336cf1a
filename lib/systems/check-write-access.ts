import 'server-only';
import { SCOPES } from '../auth/scopes';
import type { Caller } from '../auth/verify-token';

/** Altinn's HasWriteAccess: the systemregister.admin scope, or the token's consumer org is the vendor. */
export function checkWriteAccess(caller: Caller, vendorOrgNo: string): boolean {
  return caller.scopes.includes(SCOPES.registerAdmin) || (caller.orgNo !== undefined && caller.orgNo === vendorOrgNo);
}
