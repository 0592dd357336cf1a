import 'server-only';

import { SCOPES } from '../auth/scopes';
import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { problem } from '../errors';
import type { RegisteredSystem } from '../generated/prisma/client';

// What a vendor (the organisation of an enterprise token) may see and change: only its own systems and
// what hangs off them (docs/altinn-behaviour.md, "Deliberate deviations").

/** True when the vendor owns the system. */
export function ownsSystem(system: Pick<RegisteredSystem, 'vendorOrgNo'> | null, vendorOrgNo: string): system is RegisteredSystem {
  return system !== null && system.vendorOrgNo === vendorOrgNo;
}

/** The system, read by the caller, if the vendor owns it; missing or another vendor's → AUTH-00011 (existence does not leak). */
export function ownedSystem<S extends Pick<RegisteredSystem, 'vendorOrgNo'>>(system: S | null | undefined, vendorOrgNo: string): S {
  if (!system || !ownsSystem(system, vendorOrgNo)) throw problem('AUTH-00011');
  return system;
}

/** The vendor's system by its system id; missing or another vendor's → AUTH-00011. */
export async function vendorSystem(options: { vendorOrgNo: string; systemId: string }): Promise<RegisteredSystem> {
  return ownedSystem(await (await db()).registeredSystem.findUnique({ where: { systemId: options.systemId } }), options.vendorOrgNo);
}

/** Altinn's HasWriteAccess to the system register: the systemregister.admin scope, or the vendor's own token. */
export function mayWriteSystem(caller: Pick<Caller, 'scopes' | 'orgNo'>, vendorOrgNo: string): boolean {
  // A token without an organisation (orgNo undefined) never equals a vendor's org number.
  return caller.scopes.includes(SCOPES.registerAdmin) || caller.orgNo === vendorOrgNo;
}
