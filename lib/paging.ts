import { vendorSystem } from './access/vendor';
import { config } from './config';
import type { RegisteredSystem } from './generated/prisma/client';

// Keyset paging (docs/altinn-behaviour.md, "Binding and paging" and "Deliberate deviations"): each page is read with `key >= cursor` ordered by
// the key, one more item than the page is fetched, and that extra item's key is the next page's cursor. So no
// item is skipped or repeated, whatever is created or deleted between the pages.

export interface Page<T, K> {
  items: T[];
  /** The key of the first item of the next page; undefined on the last page. */
  next?: K;
}

export function toPage<T, K>(rows: T[], pageSize: number, key: (row: T) => K): Page<T, K> {
  if (rows.length <= pageSize) return { items: rows };
  return { items: rows.slice(0, pageSize), next: key(rows[pageSize]) };
}

/** Which page of a vendor system's list to read. */
export interface VendorPageOptions<K> {
  vendorOrgNo: string;
  systemId: string;
  /** The cursor from the previous page's token: the key of this page's first item. */
  after?: K;
  pageSize?: number;
}

/**
 * One page of what belongs to a vendor's system (its requests, its system users): the vendor must own the
 * system (lib/access/vendor.ts, AUTH-00011), and `read` fetches up to `take` rows of it from the cursor on.
 */
export async function vendorSystemPage<T, K>(
  options: VendorPageOptions<K>,
  read: (system: RegisteredSystem, take: number) => Promise<T[]>,
  key: (row: T) => K,
): Promise<Page<T, K>> {
  const pageSize = options.pageSize ?? config().PAGE_SIZE;
  const system = await vendorSystem(options);
  return toPage(await read(system, pageSize + 1), pageSize, key);
}

/** Altinn's `Paginated<T>`: `{links: {next?}, data}`; `next` repeats the route with the encoded cursor. */
export function paginated<T>(request: Request, publicUrl: string, data: T[], nextToken?: string) {
  const next = nextToken ? `${publicUrl}${new URL(request.url).pathname}?token=${nextToken}` : undefined;
  return { links: next ? { next } : {}, data };
}
