import { operations } from '@/lib/openapi/operations';

import { discoverRoutes, routeHandlers } from '../property/discover-routes';
import { parseBody } from './body';

// Calling route handlers in-process, the way Next.js does. Every successful JSON answer is parsed, strictly,
// with the response schema its operation documents (lib/schemas; test/support/body.ts), so the JSON, the
// types and the OpenAPI document cannot drift apart unnoticed.

const documented = operations.map((op) => ({
  op,
  pattern: new RegExp(`^${op.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`, 'i'),
  literal: op.path.replace(/\{[^}]+\}/g, '').length,
}));

/** The documented response schema of a call, when its operation has one for the status. */
export function responseSchema(method: string, url: string, status: number) {
  const pathname = new URL(url).pathname;
  const matches = documented
    .filter((d) => d.op.method === method.toLowerCase() && d.pattern.test(pathname))
    .sort((a, b) => b.literal - a.literal);
  return matches[0]?.op.responses[status]?.schema;
}

const API_DIRS = ['app/authentication/api/v1', 'app/authorization/api/v1', 'app/maskinporten', 'app/testtools', 'app/sandbox/api/v1'];
const servedPath = new Map<unknown, string>();
let found: Promise<void> | undefined;

/** Adds every API handler and the path it serves ({name} for a dynamic folder) to servedPath. */
async function findHandlers(): Promise<void> {
  for (const route of API_DIRS.flatMap((dir) => discoverRoutes(dir))) {
    for (const handler of Object.values(await routeHandlers(route))) servedPath.set(handler, route.openApiPath);
  }
}

// Next.js allows one parameter name per folder level (`request/{party}` also serves `request/{requestId}`),
// so a handler's path is matched with the parameter names left out, as the drift test does.
const anyName = (path: string) => path.replace(/\{[^}]+\}/g, '{}');

/** The schema the operation of this handler documents for the status (the handler decides, not the test's URL). */
export async function documentedSchema(handler: unknown, method: string, status: number) {
  const route = wrapped.get(handler as object) ?? handler;
  // Found once per test file; again (keeping the first) for a test that reset its modules and imported a route anew.
  await (found ??= findHandlers());
  if (!servedPath.has(route)) await findHandlers();
  const path = servedPath.get(route);
  if (path === undefined) throw new Error(`${method}: not a route handler under ${API_DIRS.join(', ')}`);
  const op = operations.find((o) => o.method === method.toLowerCase() && anyName(o.path) === anyName(path));
  if (!op) throw new Error(`${method} ${path} is not in the OpenAPI document`);
  return { what: `${method} ${op.path}: the ${status} answer`, schema: op.responses[status]?.schema };
}

/**
 * Parses a successful JSON answer with the schema its operation documents (strictly, test/support/body.ts);
 * a JSON success whose operation documents no schema fails, so no answer goes unchecked.
 */
export async function checkAnswer(handler: unknown, method: string, response: Pick<Response, 'status' | 'headers'>, json: unknown) {
  if (response.status < 200 || response.status >= 300 || json === undefined) return;
  if (!/^application\/json/.test(response.headers.get('content-type') ?? '')) return;
  const { what, schema } = await documentedSchema(handler, method, response.status);
  if (!schema) throw new Error(`${what} is JSON, but its operation documents no schema`);
  parseBody(json, schema, what);
}

/** checkAnswer for a Response the test goes on reading (it reads a clone). */
export async function checkResponse(handler: unknown, method: string, response: Response): Promise<Response> {
  const text = await response.clone().text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  await checkAnswer(handler, method, response, json);
  return response;
}

/** The handlers checked() wrapped, so a wrapped one passed to call() is still known. */
const wrapped = new WeakMap<object, unknown>();

/** The handler, with every answer checked by checkResponse: for tests that call route handlers directly. */
export function checked<C>(handler: (request: Request, context: C) => Promise<Response>) {
  const check = async (request: Request, context: C) => checkResponse(handler, request.method, await handler(request, context));
  wrapped.set(check, handler);
  return check;
}

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export const BASE = 'http://localhost:3000/authentication/api/v1';

export interface CallOptions<P> {
  params?: P;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as is. */
  body?: unknown;
  contentType?: string;
  method?: string;
}

export async function call<P>(handler: Handler<P>, path: string, options: CallOptions<P> = {}) {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] = options.contentType ?? 'application/json';
  }
  const request = new Request(`${BASE}${path}`, {
    method: options.method ?? (body !== undefined ? 'POST' : 'GET'),
    headers,
    body,
  });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  await checkAnswer(handler, request.method, response, json);

  return { status: response.status, headers: response.headers, text, json: json as any };
}
