import 'server-only';

import type { Db } from '../db';
import { problem } from '../errors';
import type { Organization, Prisma, RegisteredSystem } from '../generated/prisma/client';
import { isValidOrgNo } from '../identifiers';
import { readRights, type Right, sameRight } from './model';

// The checks a request's content must pass, shared by create and approve (docs/altinn-behaviour.md, "Standard requests", "Agent requests", "Change requests", "Approving").

type Client = Db | Prisma.TransactionClient;

/** The organisation must pass the mod-11 check and be known in the sandbox's ER, else AUTH-00000. */
export async function knownOrganization(prisma: Client, orgNo: string): Promise<Organization> {
  const organization = isValidOrgNo(orgNo) ? await prisma.organization.findUnique({ where: { orgNo } }) : null;
  if (!organization) throw problem('AUTH-00000');
  return organization;
}

/** Scheme, authority and path (the path case-sensitively) must equal one of the system's allowed URLs; query and fragment do not count. */
export function checkRedirectUrl(system: Pick<RegisteredSystem, 'allowedRedirectUrls'>, redirectUrl: string | null | undefined): void {
  if (!redirectUrl) return;
  if (system.allowedRedirectUrls.length === 0) throw problem('AUTH-00026');
  const leftPart = (url: string) => {
    try {
      const u = new URL(url);
      // Like .NET's Uri.GetLeftPart(UriPartial.Path) compared ordinally: scheme and host are case-insensitive
      // (URL lower-cases them), the path is not.
      return `${u.protocol}//${u.host}${u.pathname}`;
    } catch {
      return null;
    }
  };
  const wanted = leftPart(redirectUrl);
  if (!wanted || !system.allowedRedirectUrls.some((allowed) => leftPart(allowed) === wanted)) throw problem('AUTH-00021');
}

/**
 * Requested rights ⊆ the system's rights (AUTH-00001). A requested right matches a system right that contains
 * its first resource pair, has as many pairs, and whose every pair the requested right also has.
 */
export function checkRights(system: Pick<RegisteredSystem, 'rights'>, rights: Right[]): void {
  const systemRights = readRights(system.rights);
  if (rights.length > systemRights.length) throw problem('AUTH-00001');
  for (const right of rights) {
    const first = right.resource[0];
    if (!first) throw problem('AUTH-00001');
    const candidates = systemRights.filter((s) => s.resource.some((p) => p.id === first.id && p.value === first.value));
    if (!candidates.some((candidate) => sameRight(candidate, right))) throw problem('AUTH-00001');
  }
}

/**
 * Requested packages ⊆ the system's packages (AUTH-00063 + NotFoundPackages), and each one assignable
 * (standard: AUTH-00064) or delegable (agent: AUTH-00065) in the catalogue, + NotDelegablePackages.
 */
export async function checkPackages(
  prisma: Client,
  system: Pick<RegisteredSystem, 'accessPackages'>,
  urns: string[],
  kind: 'assignable' | 'delegable',
): Promise<void> {
  if (urns.length === 0) return;
  const notFound = urns.filter((urn) => !system.accessPackages.includes(urn));
  if (notFound.length > 0 || urns.length > system.accessPackages.length) {
    throw problem('AUTH-00063', { NotFoundPackages: notFound.join(', ') });
  }
  const catalogue = await prisma.accessPackage.findMany({
    where: { urn: { in: urns } },
    select: { urn: true, isAssignable: true, isDelegable: true },
  });
  const ok = new Set(catalogue.filter((p) => (kind === 'assignable' ? p.isAssignable : p.isDelegable)).map((p) => p.urn));
  const refused = urns.filter((urn) => !ok.has(urn));
  if (refused.length > 0) {
    throw problem(kind === 'assignable' ? 'AUTH-00064' : 'AUTH-00065', { NotDelegablePackages: refused.join(', ') });
  }
}
