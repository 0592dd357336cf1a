import { z } from 'zod';

// ASP.NET's model binding of route values and paging tokens (docs/altinn-behaviour.md, "Binding and paging"): GUID and int route values,
// and the opaque `token`. Each failure is a 400 binding problem; bodies and query names: lib/api/read-body.ts.

const notValid = (issue: { input?: unknown }) => `The value '${String(issue.input ?? '')}' is not valid.`;

const HEX32 = /^[0-9a-f]{32}$/i;
const D_FORM = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A GUID in any of the forms .NET's Guid.Parse accepts (D `xxxxxxxx-xxxx-…`, N 32 hex digits, B `{D}`, P `(D)`;
 * any case, surrounding white space ignored), as the lower-case D form; undefined when it is none of them.
 */
export function parseGuid(value: string): string | undefined {
  if (value.length > 64) return undefined;
  let v = value.trim();
  if ((v.startsWith('{') && v.endsWith('}')) || (v.startsWith('(') && v.endsWith(')'))) v = v.slice(1, -1);
  if (D_FORM.test(v)) return v.toLowerCase();
  if (HEX32.test(value.trim())) {
    const h = value.trim().toLowerCase();
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  return undefined;
}

/** A GUID route or query value, bound as ASP.NET binds a `Guid` (every Guid.Parse form), as lower-case D form. */
export const guid = () =>
  z.string().transform((value, ctx) => {
    const parsed = parseGuid(value);
    if (parsed) return parsed;
    ctx.addIssue({ code: 'custom', message: `The value '${value}' is not valid.` });
    return z.NEVER;
  });

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

/** Altinn's `Paginated<T>` as a response: `links.next` repeats the route with the next page's token. */
export const paginated = <T extends z.ZodType>(item: T) =>
  z.object({ links: z.object({ next: z.string().optional() }), data: z.array(item) });

/** The `token` query of a paged list, as the OpenAPI document shows it (the routes decode it themselves). */
export const pageTokenQuery = z.object({ token: z.string().optional() });
