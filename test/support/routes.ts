import { operations } from '@/lib/openapi/operations';

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
  const schema = response.ok && json !== undefined ? responseSchema(request.method, request.url, response.status) : undefined;
  if (schema) parseBody(json, schema, `${request.method} ${path}: the ${response.status} answer`);

  return { status: response.status, headers: response.headers, text, json: json as any };
}
