import { expect } from 'vitest';
import type { z } from 'zod';

// Route tests read every JSON answer through its response schema (lib/schemas), so the JSON, the types the
// domain's mappers return (inferred from the same schemas) and the OpenAPI document cannot drift apart.

/**
 * The value parsed with the schema, strictly: a key the schema does not name fails as well, as the OpenAPI
 * document says (its response objects are `additionalProperties: false`).
 */
export function parseBody<S extends z.ZodType>(json: unknown, schema: S, what = 'the answer'): z.output<S> {
  const checked = schema.safeParse(json);
  if (!checked.success) throw new Error(`${what} does not match its schema: ${checked.error.message}`);
  // zod leaves out the keys it does not know: any difference is a key the schema lacks.
  expect(checked.data, `${what} has keys its schema does not name`).toEqual(json);
  return checked.data;
}

/** Reads a JSON response and parses it with its schema (see parseBody). */
export async function expectBody<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  expect(response.headers.get('content-type'), `${response.status} answer`).toMatch(/^application\/json/);
  return parseBody(await response.json(), schema, `the ${response.status} answer`);
}
