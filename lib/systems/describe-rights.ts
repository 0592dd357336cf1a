import 'server-only';

import { db } from '../db';
import { readRights, resourceIds } from '../requests/model';

// Human names and descriptions of rights and access packages in the person's language, for the pages.

export type Lang = 'nb' | 'nn' | 'en';

export interface DescribedResource {
  id: string;
  title: string;
  description: string;
  ownerName: string;
}

export interface DescribedPackage {
  urn: string;
  name: string;
  description: string;
  isAssignable: boolean;
  services: DescribedResource[];
}

const pick = (row: Record<string, unknown>, field: string, lang: Lang) => {
  const key = `${field}${lang === 'nb' ? 'Nb' : lang === 'nn' ? 'Nn' : 'En'}`;
  return String(row[key] ?? row[`${field}Nb`] ?? '');
};

export async function describeRights(options: { rights: unknown; packages: string[]; lang: Lang }) {
  const prisma = await db();
  const ids = resourceIds(readRights(options.rights));
  const [resources, packages] = await Promise.all([
    prisma.resource.findMany({ where: { id: { in: ids } } }),
    prisma.accessPackage.findMany({
      where: { urn: { in: options.packages } },
      include: { resources: { include: { resource: true } } },
    }),
  ]);
  const describe = (r: (typeof resources)[number]): DescribedResource => ({
    id: r.id,
    title: pick(r, 'title', options.lang),
    description: pick(r, 'description', options.lang),
    ownerName: r.ownerName,
  });
  const byId = new Map(resources.map((r) => [r.id, r]));
  const byUrn = new Map(packages.map((p) => [p.urn, p]));
  return {
    resources: ids.map((id) => {
      const r = byId.get(id);
      return r ? describe(r) : { id, title: id, description: '', ownerName: '' };
    }),
    packages: options.packages.map((urn): DescribedPackage => {
      const p = byUrn.get(urn);
      if (!p) return { urn, name: urn.replace('urn:altinn:accesspackage:', ''), description: '', isAssignable: false, services: [] };
      return {
        urn,
        name: pick(p, 'name', options.lang),
        description: pick(p, 'description', options.lang),
        isAssignable: p.isAssignable,
        services: p.resources.map((link) => describe(link.resource)),
      };
    }),
  };
}

/** A system's name in the language, falling back to bokmål. */
export function nameIn(name: unknown, lang: Lang): string {
  const names = (name ?? {}) as Record<string, string | undefined>;
  return names[lang] ?? names.nb ?? '';
}

/** Org numbers as Altinn shows them: 123 456 789. */
export const formatOrgNo = (orgNo: string) => orgNo.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
