import 'server-only';

import { type Caller, InvalidTokenError, verifyAccessToken } from '../auth/verify-token';
import { bearerChallenge } from '../errors';
import { route, type RouteContext } from './route';

// The bearer authentication of every API route: a verified token from the sandbox's issuer, and one of the
// route's scopes (docs/altinn-behaviour.md, "Tokens and scopes"). No or bad token → 401, token without the scope → 403; both with an empty
// body and a WWW-Authenticate header naming the reason, as ASP.NET's JWT handler answers.

export interface AuthRequirement {
  /** Any one of these scopes lets the caller in. */
  scopes: readonly string[];
}

export interface AuthenticatedContext<P> {
  params: P;
  caller: Caller;
}

export type AuthenticatedHandler<P = Record<string, string>> = ((request: Request, context: RouteContext<P>) => Promise<Response>) & {
  /** What the route requires, so tests can find and probe every protected route. */
  auth: AuthRequirement;
};

function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  const match = header && /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : undefined;
}

export async function authenticate(request: Request, requirement: AuthRequirement): Promise<Caller> {
  const token = bearerToken(request);
  if (!token) throw bearerChallenge(401, 'No bearer token in the Authorization header');
  let caller: Caller;
  try {
    caller = await verifyAccessToken(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw bearerChallenge(401, error.message);
    throw error;
  }
  if (!requirement.scopes.some((scope) => caller.scopes.includes(scope))) {
    const wanted = requirement.scopes.join(' or ');
    throw bearerChallenge(403, `The token lacks the scope ${wanted}`, requirement.scopes.join(' '));
  }
  return caller;
}

export function authenticated<P = Record<string, string>>(
  requirement: AuthRequirement,
  handler: (request: Request, context: AuthenticatedContext<P>) => Promise<Response>,
): AuthenticatedHandler<P> {
  const wrapped = route<P>(async (request, context) => {
    const caller = await authenticate(request, requirement);
    return handler(request, { params: await context.params, caller });
  });
  return Object.assign(wrapped, { auth: requirement });
}
