import { z } from 'zod';

// ASP.NET's model binding of route values and paging tokens (docs/altinn-behaviour.md, "Binding and paging"): GUID and int route values,
// and the opaque `token`. Each failure is a 400 binding problem; bodies and query names: lib/api/read-body.ts.

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
