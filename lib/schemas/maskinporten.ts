import { z } from 'zod';

// Inputs of the Maskinporten simulator: the client registry's bodies and the byExternalId lookup.

/**
 * The query string as an object keyed by the schema's own names, matched case-insensitively as ASP.NET binds
 * query parameters (a vendor's `clientid=` works as well as `clientId=`).
 */
export function queryObject(url: string, schema: z.ZodObject): Record<string, string> {
  const names = new Map(Object.keys(schema.shape).map((name) => [name.toLowerCase(), name]));
  const result: Record<string, string> = {};
  for (const [key, value] of new URL(url).searchParams) {
    const name = names.get(key.toLowerCase());
    if (name && !(name in result)) result[name] = value;
  }
  return result;
}

export const byExternalIdQuery = z.object({
  clientId: z.string().min(1, 'The clientId field is required.'),
  systemProviderOrgNo: z.string().min(1, 'The systemProviderOrgNo field is required.'),
  systemUserOwnerOrgNo: z.string().min(1, 'The systemUserOwnerOrgNo field is required.'),
  externalRef: z.string().optional(),
});

/** A scope name as Maskinporten writes them: `prefix:name`, with `/` and `.` allowed in the name. */
export const scopeName = z.string().regex(/^[a-z0-9][a-z0-9_.-]*:[a-z0-9_.:/-]+$/i, 'Not a scope name (prefix:name).');

const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

export const publicRsaJwk = z
  .looseObject({
    kty: z.literal('RSA'),
    n: z.string().min(1),
    e: z.string().min(1),
    kid: z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'kid: 1-100 letters, digits or . _ : -'),
    alg: z.enum(['RS256', 'RS384', 'RS512']).default('RS256'),
    use: z.literal('sig').optional(),
  })
  .refine((jwk) => PRIVATE_JWK_MEMBERS.every((member) => !(member in jwk)), 'This is a private key: register only its public part.');

export const registerClientBody = z.object({
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9._-]{8,100}$/, 'clientId: 8-100 letters, digits or . _ -')
    .optional(),
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(1000).default(''),
  scopes: z.array(scopeName).min(1, 'At least one scope.').max(50),
  jwk: publicRsaJwk,
});
export type RegisterClientBody = z.infer<typeof registerClientBody>;

export const clientIdParams = z.object({ clientId: z.string().min(1).max(100) });
