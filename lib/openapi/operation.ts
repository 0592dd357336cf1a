import type { z } from 'zod';

// One API operation as the OpenAPI document describes it, declared beside the zod schemas the route parses
// with (lib/schemas/<resource>.ts exports an array of these), so the document cannot drift from the code.

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ApiOperation {
  method: HttpMethod;
  /** The path as Altinn writes it, with `{name}` parameters, e.g. `/authentication/api/v1/systemuser/request/vendor/{requestId}`. */
  path: string;
  summary: string;
  tags: string[];
  /** Any one of these scopes is required (empty: no token). */
  scopes: readonly string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Status → what it means, and the body's schema when it has one (problem+json is added for 4xx). */
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}
