import 'server-only';

import { readRights, resourceIds } from '../requests/model';
import { catalogue, type CatalogueRow } from './catalogue-cache';

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
  const ids = resourceIds(readRights(options.rights));
  let { resources, packages } = await catalogue();
  if (ids.some((id) => !resources.has(id)) || options.packages.some((urn) => !packages.has(urn))) {
    ({ resources, packages } = await catalogue(true));
  }
  const describe = (r: CatalogueRow): DescribedResource => ({
    id: String(r.id),
    title: pick(r, 'title', options.lang),
    description: pick(r, 'description', options.lang),
    ownerName: String(r.ownerName),
  });
  return {
    resources: ids.map((id) => {
      const r = resources.get(id);
      return r ? describe(r) : { id, title: id, description: '', ownerName: '' };
    }),
    packages: options.packages.map((urn): DescribedPackage => {
      const p = packages.get(urn);
      if (!p) return { urn, name: urn.replace('urn:altinn:accesspackage:', ''), description: '', isAssignable: false, services: [] };
      return {
        urn,
        name: pick(p.row, 'name', options.lang),
        description: pick(p.row, 'description', options.lang),
        isAssignable: p.row.isAssignable === true,
        services: p.resourceIds.flatMap((id) => {
          const r = resources.get(id);
          return r ? [describe(r)] : [];
        }),
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
