import { z } from 'zod';

// Every string and list a caller sends has a limit, far above real use, checked by the zod schemas before
// anything touches the database (over a limit: a 400 binding problem naming the field). The README lists them;
// with the page size they bound every list response and portal page.

export const LIMITS = {
  /** System ids, org numbers, client ids, external refs, resource/attribute ids and values, URNs, scopes. */
  id: 255,
  /** `integrationTitle`. */
  title: 4_000,
  /** a system's name and description, per language. */
  text: 1_000,
  /** redirect URLs and allowed redirect URLs. */
  url: 2_048,
  /** rights in one body, access packages, client ids, allowed redirect URLs, packages in a query. */
  list: 100,
  /** attribute pairs in one right's `resource` (Altinn uses one or two). */
  resource: 5,
  /** languages in a translated text (`{nb, nn, en}` and a few others). */
  languages: 5,
  /** nesting of a JSON body; deeper is a 400 binding problem before it is walked or parsed by a schema. */
  jsonDepth: 64,
  /** items of a list that is not paged: the system register's lists, a party's system users and pending requests,
   *  Maskinporten clients, clients and delegations of an agent system user, the front page's systems. */
  unpagedList: 500,
  /** rows of one list on a portal page (the overview pages its lists with `?page=`). */
  portalPage: 50,
} as const;

export const tooLong = (max: number) => `The field may hold at most ${max} characters.`;
export const tooMany = (max: number) => `The field may hold at most ${max} items.`;

/** A string of at most `max` characters. */
export const str = (max: number = LIMITS.id) => z.string().max(max, tooLong(max));
/** A list of at most `max` items. */
export const list = <T extends z.ZodType>(item: T, max: number = LIMITS.list) => z.array(item).max(max, tooMany(max));
