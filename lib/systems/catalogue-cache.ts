import 'server-only';

import { database } from '../db';

// The resource and access-package catalogue as the pages describe it, read once per database and kept. Rows
// are only ever added (the seed at start, and tests), never changed or removed, so a cached copy is right
// for every id it holds; an id it lacks makes it read the catalogue again (describeRights).

export type CatalogueRow = Record<string, unknown>;

export interface CachedPackage {
  row: CatalogueRow;
  /** The package's resource ids, in the catalogue's order. */
  resourceIds: string[];
}

export interface Catalogue {
  resources: Map<string, CatalogueRow>;
  packages: Map<string, CachedPackage>;
}

const cache = new WeakMap<object, Promise<Catalogue>>();

async function load(): Promise<Catalogue> {
  const { driver } = await database();
  const [resources, packages, links] = await Promise.all([
    driver.query<CatalogueRow & { id: string }>('SELECT * FROM "Resource"'),
    driver.query<CatalogueRow & { urn: string }>('SELECT * FROM "AccessPackage"'),
    driver.query<{ packageUrn: string; resourceId: string }>('SELECT "packageUrn", "resourceId" FROM "AccessPackageResource"'),
  ]);
  const byUrn = new Map(packages.map((p): [string, CachedPackage] => [p.urn, { row: p, resourceIds: [] }]));
  for (const link of links) byUrn.get(link.packageUrn)?.resourceIds.push(link.resourceId);
  return { resources: new Map(resources.map((r) => [r.id, r])), packages: byUrn };
}

/** The catalogue; read again when `fresh` (an id was missing from the cached copy). */
export async function catalogue(fresh = false): Promise<Catalogue> {
  const key = await database();
  let cached = cache.get(key);
  if (!cached || fresh) {
    cached = load();
    cache.set(key, cached);
    cached.catch(() => cache.delete(key));
  }
  return cached;
}
