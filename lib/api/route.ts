import 'server-only';

import { newTraceId, toProblemResponse } from '../errors';
import { logger } from '../logger';
import { rejectNulInUrl } from './read-body';

// The shared shell of every route handler: errors of any kind become problem+json in one place, and the
// unexpected ones are logged with the trace id the caller sees.

export type RouteContext<P = Record<string, string>> = { params: Promise<P> };

export function route<P = Record<string, string>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      rejectNulInUrl(request.url);
      return await handler(request, context);
    } catch (error) {
      const traceId = newTraceId();
      const { response, unexpected } = toProblemResponse(error, traceId);
      if (unexpected !== undefined) {
        logger().error({ err: unexpected, traceId, method: request.method, url: request.url }, 'unhandled error');
      }
      return response;
    }
  };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body, jsonReplacer), { ...init, headers });
}

/** BigInt (sequence numbers) is written as a number, and null properties are left out as in Altinn. */
function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value === null) return undefined;
  return value;
}
