// Calling route handlers in-process, the way Next.js does.

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
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, text, json: json as any };
}
