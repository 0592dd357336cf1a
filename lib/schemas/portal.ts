import { z } from 'zod';

// Route values and bodies of the portal routes (altinn-api.md §4.4, §4.5). `{party}` binds as an int and
// ids as GUIDs; a value that does not bind is a 400 with ASP.NET's "The value 'x' is not valid.".

const notValid = (issue: { input?: unknown }) => `The value '${String(issue.input ?? '')}' is not valid.`;

export const partyId = z.coerce.number({ error: notValid }).int({ error: notValid }).positive({ error: notValid });
export const guid = z.uuid({ error: notValid }).transform((v) => v.toLowerCase());

export const partyParams = z.object({ party: partyId });
export const partySystemUserParams = z.object({ party: partyId, systemUserId: guid });
export const agentPartyIdParams = z.object({ party: partyId, id: guid });
export const facilitatorDelegationsParams = z.object({ party: partyId, id: guid, systemUserId: guid });

export const createSystemUserBody = z.object({
  integrationTitle: z.string().trim().max(255).optional(),
  systemId: z.string().trim().min(1),
});
export type CreateSystemUserBody = z.infer<typeof createSystemUserBody>;

export const clientsQuery = z.object({
  facilitator: guid,
  packages: z.array(z.string().min(1)).default([]),
});

export const delegateQuery = z.object({ client: guid, provider: guid.optional() });
export const removeClientQuery = z.object({ client: guid, provider: guid.optional() });
export const deleteAgentQuery = z.object({ facilitatorId: guid.optional() });

/** The named query parameters, matched case-insensitively as ASP.NET binds them; `arrays` keep every value. */
export function readQuery(request: Request, names: string[], arrays: string[] = []): Record<string, string | string[]> {
  const entries = [...new URL(request.url).searchParams.entries()];
  const out: Record<string, string | string[]> = {};
  for (const name of [...names, ...arrays]) {
    const values = entries.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);
    if (arrays.includes(name)) out[name] = values;
    else if (values.length > 0) out[name] = values[0];
  }
  return out;
}
