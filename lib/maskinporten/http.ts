import 'server-only';

import { mpError } from './errors';

/** The token request's form fields; only `application/x-www-form-urlencoded` is accepted, as by Maskinporten. */
export async function readTokenForm(request: Request): Promise<{ grantType: string; assertion: string }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
    throw mpError('invalid_request', 'The token request must be application/x-www-form-urlencoded with grant_type and assertion.');
  }
  const form = new URLSearchParams(await request.text());
  return { grantType: form.get('grant_type') ?? '', assertion: form.get('assertion') ?? '' };
}
