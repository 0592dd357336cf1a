import { z } from 'zod';
import { HttpProblem } from '../errors';

// ASP.NET's model binding as the vendor routes see it (altinn-api.md §0): GUID and int route values, JSON
// bodies with case-insensitive property names and trimmed string properties, and the opaque paging token.
// Every failure is a 400 problem with `errors` (CONTRACT.md: wrong content type is 400 too).

const notValid = (issue: { input?: unknown }) => `The value '${String(issue.input ?? '')}' is not valid.`;

export const guid = () => z.guid({ error: notValid }).transform((v) => v.toLowerCase());

/** An int route value such as `{party}`. */
export const intParam = () =>
  z
    .string()
    .regex(/^-?\d{1,10}$/, { error: notValid })
    .transform(Number)
    .refine((n) => Number.isSafeInteger(n) && Math.abs(n) <= 2_147_483_647, { error: notValid });

/** base64url(JSON(value)) without padding, as Altinn's Opaque<T> writes paging tokens. */
export function encodeToken(value: string | number | bigint): string {
  const json = typeof value === 'bigint' ? value.toString() : JSON.stringify(value);
  return Buffer.from(json, 'utf8').toString('base64url');
}

function decodeToken(token: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A paging token whose cursor is a GUID (request lists). */
export const guidToken = () =>
  z.string().transform((token, ctx) => {
    const value = decodeToken(token);
    if (typeof value === 'string' && GUID.test(value)) return value.toLowerCase();
    ctx.addIssue({ code: 'custom', message: `The value '${token}' is not valid.` });
    return z.NEVER;
  });

/** A paging token whose cursor is a sequence number (system-user lists). */
export const numberToken = () =>
  z.string().transform((token, ctx) => {
    const value = decodeToken(token);
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
    ctx.addIssue({ code: 'custom', message: `The value '${token}' is not valid.` });
    return z.NEVER;
  });

/** Property names of the request bodies, as written in Altinn's models; input matches them case-insensitively. */
const CANONICAL = [
  'integrationTitle', 'externalRef', 'systemId', 'partyOrgNo', 'rights', 'action', 'resource', 'id', 'value',
  'accessPackages', 'urn', 'redirectUrl', 'requiredRights', 'unwantedRights', 'requiredAccessPackages',
  'unwantedAccessPackages',
];
const CANONICAL_BY_LOWER = new Map(CANONICAL.map((k) => [k.toLowerCase(), k]));

/** Renames properties to their canonical casing and trims string properties (not list elements), recursively. */
export function normalizeBody(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : normalizeBody(v)));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const name = CANONICAL_BY_LOWER.get(key.toLowerCase()) ?? key;
    // An exact-case property wins over a differently cased duplicate.
    if (name in out && key !== name) continue;
    out[name] = typeof v === 'string' ? v.trim() : normalizeBody(v);
  }
  return out;
}

/** Reads and binds a JSON body: content type, JSON syntax and the schema, each failing as a 400 problem. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(type)) {
    throw new HttpProblem(400, { $: [`Unsupported content type '${type}': send application/json.`] });
  }
  const text = await request.text();
  if (!text.trim()) throw new HttpProblem(400, { '': ['A non-empty request body is required.'] });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, { $: ['The JSON value could not be converted.'] });
  }
  return schema.parse(normalizeBody(parsed));
}

/** Query parameters as one object with lower-case names (binding is case-insensitive; the last repeat wins). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries([...new URL(request.url).searchParams].map(([k, v]) => [k.toLowerCase(), v]));
}
