import 'server-only';

import type { z } from 'zod';

import { HttpProblem } from '../errors';
import { inspectJson, NUL_MESSAGE, TOO_DEEP_MESSAGE } from './nul';

// ASP.NET's [FromBody] binding: a JSON content type, a non-empty body that parses (else 400 at `$`); then
// the zod schema, whose failures the one mapper turns into 400 binding errors. A body that is not JSON is a
// binding failure too, 400 as the contract promises (ASP.NET itself would answer 415).

const MAX_BODY_BYTES = 1_000_000;

function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type === 'text/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    throw new HttpProblem(400, { '': ['The request body must be JSON (Content-Type: application/json).'] });
  }
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new HttpProblem(413);
  if (text.trim() === '') throw new HttpProblem(400, { '': ['A non-empty request body is required.'] });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, { $: ['The JSON value could not be converted.'] });
  }
  const found = inspectJson(value);
  if (found) throw new HttpProblem(400, { [found.path]: [found.problem === 'nul' ? NUL_MESSAGE : TOO_DEEP_MESSAGE] });
  return schema.parse(bindNames(schema, value));
}

/** The path and query of a URL, refused like a body when a part holds U+0000 (`%00`). */
export function rejectNulInUrl(url: string): void {
  const { pathname, searchParams } = new URL(url);
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return; // A malformed escape is the router's to answer (404), and never reaches the database.
  }
  if (path.includes('\0')) throw new HttpProblem(400, { '': [NUL_MESSAGE] });
  for (const [name, value] of searchParams) {
    if (name.includes('\0') || value.includes('\0')) throw new HttpProblem(400, { [name.replaceAll('\0', '')]: [NUL_MESSAGE] });
  }
}

/**
 * Query parameters, bound like ASP.NET's [FromQuery]: names case-insensitive; a list property of the schema
 * gets every value of its name, any other the first one. The only query reader of the routes.
 */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const lists = listProperties(schema);
  const spelling = new Map<string, string>();
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of new URL(request.url).searchParams) {
    const lower = name.toLowerCase();
    const key = spelling.get(lower) ?? name;
    spelling.set(lower, key);
    if (lists.has(lower)) ((values[key] ??= []) as string[]).push(value);
    else if (!Object.hasOwn(values, key)) values[key] = value;
  }
  return schema.parse(bindNames(schema, values));
}

/** The lower-cased names of an object schema's properties that are lists. */
function listProperties(schema: z.ZodType): Set<string> {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (def.type !== 'object') return new Set();
  const unwrap = (inner: z.ZodType): string => {
    const d = (inner as unknown as { _zod: { def: Def } })._zod.def;
    return d.innerType ? unwrap(d.innerType) : d.type;
  };
  return new Set(Object.entries(def.shape!).flatMap(([name, inner]) => (unwrap(inner) === 'array' ? [name.toLowerCase()] : [])));
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
};

/**
 * ASP.NET binds JSON property names case-insensitively (`accesspackages`, `Vendor.id`): rename each property
 * to the schema's spelling when only the case differs, following the schema into objects, arrays and records.
 */
export function bindNames(schema: z.ZodType, value: unknown): unknown {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return bindNames(def.innerType!, value);
    case 'pipe':
      return bindNames(def.in!, value);
    case 'array':
      return Array.isArray(value) ? value.map((item) => bindNames(def.element!, item)) : value;
    case 'record':
      if (!isPlainObject(value)) return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bindNames(def.valueType!, v)]));
    case 'object': {
      if (!isPlainObject(value)) return value;
      const shape = def.shape!;
      const byLower = new Map(Object.keys(shape).map((k) => [k.toLowerCase(), k]));
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        // Own properties only: `constructor` or `__proto__` in the input must not reach Object.prototype.
        const name = Object.hasOwn(shape, key) ? key : (byLower.get(key.toLowerCase()) ?? key);
        if (name === '__proto__') continue;
        // An exact spelling wins over a case variant of the same property.
        if (name !== key && Object.hasOwn(value, name)) continue;
        out[name] = Object.hasOwn(shape, name) ? bindNames(shape[name], inner) : inner;
      }
      return out;
    }
    default:
      return value;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
