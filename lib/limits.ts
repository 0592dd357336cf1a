import { z } from 'zod';

// Every string and list a caller sends has a limit, far above real use, checked by the zod schemas before
// anything touches the database (over a limit: a 400 binding problem naming the field). The README lists them;
// with the page size they bound every list response and portal page.

export const LIMITS = {
  /** System ids, org numbers, client ids, external refs, resource/attribute ids and values, URNs, scopes. */
  id: 255,
  /** `integrationTitle`, system names and descriptions (per language), a client's description. */
  title: 4_000,
  /** redirect URLs and allowed redirect URLs. */
  url: 2_048,
  /** rights in one body (and each right's resource attributes), access packages, client ids, redirect URLs. */
  list: 200,
  /** attribute pairs in one right's `resource`. */
  resource: 20,
  /** languages in a translated text (`{nb, nn, en}` and others). */
  languages: 20,
  /** nesting of a JSON body; deeper is a 400 binding problem before it is walked or parsed by a schema. */
  jsonDepth: 64,
  /** the items of a list that is not paged (the system register's lists, the pending lists, the portal's lists). */
  unpagedList: 1_000,
  /** rows of one list on a portal page (the overview pages its lists with `?page=`). */
  portalPage: 50,
} as const;

export const tooLong = (max: number) => `The field may hold at most ${max} characters.`;
export const tooMany = (max: number) => `The field may hold at most ${max} items.`;

/** A string of at most `max` characters. */
export const str = (max: number = LIMITS.id) => z.string().max(max, tooLong(max));
/** A list of at most `max` items. */
export const list = <T extends z.ZodType>(item: T, max: number = LIMITS.list) => z.array(item).max(max, tooMany(max));
