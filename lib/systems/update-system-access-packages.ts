import 'server-only';

import type { Caller } from '../auth/verify-token';
import type { AccessPackageInput } from '../schemas/systems';
import { replaceSystemPart } from './change-log';
import { storedPackages } from './stored-system';
import { validateAccessPackages } from './validate-system';

/** Replaces the access packages of a system (PUT vendor/{systemId}/accesspackages). */
export async function updateSystemAccessPackages(options: {
  caller: Caller;
  systemId: string;
  accessPackages: AccessPackageInput[];
}): Promise<void> {
  const { accessPackages } = options;
  await replaceSystemPart({
    ...options,
    validate: (current) => validateAccessPackages(accessPackages, current.isVisible),
    // isVisible is part of the condition: a concurrent PUT that made the system visible was validated without
    // these packages, so this write must not slip client-only packages past AUTH.VLD-00018.
    where: (current) => ({ isVisible: current.isVisible }),
    data: { accessPackages: storedPackages(accessPackages) },
    changeType: 'accesspackageupdate',
    changedData: accessPackages,
  });
}
