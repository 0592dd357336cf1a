import 'server-only';

import type { Caller } from '../auth/verify-token';
import type { RightInput } from '../schemas/systems';
import { replaceSystemPart } from './change-log';
import { storedRights } from './stored-system';
import { validateRights } from './validate-system';

/** Replaces the rights of a system (PUT vendor/{systemId}/rights). */
export async function updateSystemRights(options: { caller: Caller; systemId: string; rights: RightInput[] }): Promise<void> {
  // Altinn fails with an internal error for an unknown system here; the sandbox answers like PUT vendor/{systemId}.
  await replaceSystemPart({
    ...options,
    validate: () => validateRights(options.rights),
    data: { rights: storedRights(options.rights) },
    changeType: 'rightsupdate',
    changedData: options.rights,
  });
}
