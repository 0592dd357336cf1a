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

/** Altinn's `Paginated<T>`: `{links: {next?}, data}`; `next` repeats the route with the encoded cursor. */
export function paginated<T>(request: Request, publicUrl: string, data: T[], nextToken?: string) {
  const next = nextToken ? `${publicUrl}${new URL(request.url).pathname}?token=${nextToken}` : undefined;
  return { links: next ? { next } : {}, data };
}
