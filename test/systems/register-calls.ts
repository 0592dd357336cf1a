import * as vendorRoute from '@/app/authentication/api/v1/systemregister/vendor/route';

import { checkResponse } from '../support/routes';
import { bearer } from '../support/tokens';

// Calling the system register's route handlers in-process, with a bearer token and an optional body; every
// answer is checked against its documented schema.

const BASE = 'http://localhost/authentication/api/v1/systemregister';

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export interface CallOptions {
  path?: string;
  method?: string;
  token?: string;
  body?: unknown;
  params?: Record<string, string>;
  rawBody?: string;
  contentType?: string;
}

/** `call` and `create` that send `defaultToken()` unless a call names another token. */
export function registerCalls(defaultToken: () => string) {
  async function call<P>(handler: Handler<P>, options: CallOptions = {}) {
    const headers: Record<string, string> = { ...bearer(options.token ?? defaultToken()) };
    let body: string | undefined;
    if (options.rawBody !== undefined || options.body !== undefined) {
      body = options.rawBody ?? JSON.stringify(options.body);
      headers['content-type'] = options.contentType ?? 'application/json';
    }
    const request = new Request(`${BASE}${options.path ?? ''}`, { method: options.method ?? 'GET', headers, body });
    // Every answer is checked against its documented schema (test/support/routes.ts).
    return checkResponse(handler, request.method, await handler(request, { params: Promise.resolve((options.params ?? {}) as P) }));
  }

  /** Registers a system through the vendor API. */
  function create(body: Record<string, unknown>, as = defaultToken()) {
    return call(vendorRoute.POST, { path: '/vendor', method: 'POST', body, token: as });
  }

  return { call, create };
}
