import 'server-only';
import type { z } from 'zod';
import { HttpProblem } from '../errors';

// ASP.NET's [FromBody] binding: a JSON content type (else 415), a non-empty body (else 400) that parses
// (else 400 at `$`); then the zod schema, whose failures the one mapper turns into 400 binding errors.

const MAX_BODY_BYTES = 1_000_000;

function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type === 'text/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  if (!isJsonContentType(request.headers.get('content-type'))) throw new HttpProblem(415);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new HttpProblem(413);
  if (text.trim() === '') throw new HttpProblem(400, { '': ['A non-empty request body is required.'] });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, { $: ['The JSON value could not be converted.'] });
  }
  return schema.parse(value);
}
