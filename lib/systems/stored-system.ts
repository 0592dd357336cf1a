import 'server-only';

import type { AccessPackageInput, RegisterSystemInput, RightInput } from '../schemas/systems';
import { canonicalPackageUrn } from './validate-system';

// How a system's request body is written to its row, alike for a registration and each kind of update.

/** Rights as stored: a right without an action has no `action` key at all. */
export function storedRights(rights: RightInput[]) {
  return rights.map(({ action, resource }) => (action ? { action, resource } : { resource }));
}

export function storedPackages(packages: AccessPackageInput[]): string[] {
  return packages.map((p) => canonicalPackageUrn(p.urn ?? ''));
}

/** The columns that registering a system and replacing it both write from the body. */
export function storedSystem(system: RegisterSystemInput) {
  return {
    name: system.name,
    description: system.description,
    rights: storedRights(system.rights),
    accessPackages: storedPackages(system.accessPackages),
    clientIds: system.clientId,
    allowedRedirectUrls: system.allowedRedirectUrls,
    isVisible: system.isVisible,
  };
}
