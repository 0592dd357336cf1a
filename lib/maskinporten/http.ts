import 'server-only';
import { route, type RouteContext } from '../api/route';
import { MaskinportenError, maskinportenErrorResponse, mpError } from './errors';

// The token endpoint speaks OAuth, not Altinn: its refusals are Maskinporten's error documents. Anything
// else thrown still goes through the one problem+json mapper of route().

export function maskinportenRoute<P = Record<string, string>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return route<P>(async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof MaskinportenError) return maskinportenErrorResponse(error);
      throw error;
    }
  });
}

/** The token request's form fields; only `application/x-www-form-urlencoded` is accepted, as by Maskinporten. */
export async function readTokenForm(request: Request): Promise<{ grantType: string; assertion: string }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
    throw mpError('invalid_request', 'The token request must be application/x-www-form-urlencoded with grant_type and assertion.');
  }
  const form = new URLSearchParams(await request.text());
  return { grantType: form.get('grant_type') ?? '', assertion: form.get('assertion') ?? '' };
}

