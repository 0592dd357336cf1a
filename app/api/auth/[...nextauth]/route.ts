import NextAuth from 'next-auth';

import { route, type RouteContext } from '@/lib/api/route';
import { HttpProblem } from '@/lib/errors';
import { authOptions } from '@/lib/session/auth-options';

// next-auth's routes (sign-in callback, session, csrf, sign-out); its options need the database for the secret.
async function handler(request: Request, context: RouteContext<{ nextauth: string[] }>): Promise<Response> {
  const options = await authOptions();
  const [action, providerId] = (await context.params).nextauth;
  // A credentials sign-in (the test-ID login) is a POST; next-auth throws on a GET to its callback.
  // (next-auth keeps the id given to a provider in its `options` until it parses them itself.)
  const credentials = options.providers.some(
    (provider) =>
      provider.type === 'credentials' && ((provider as { options?: { id?: string } }).options?.id ?? provider.id) === providerId,
  );
  if (request.method === 'GET' && action === 'callback' && credentials) throw new HttpProblem(405);
  return NextAuth(request as never, context as never, options) as Promise<Response>;
}

const handle = route(handler);
export { handle as GET, handle as POST };
