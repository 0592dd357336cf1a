import { readQuery } from '@/lib/api/read-body';
import { route } from '@/lib/api/route';
import { exchangeToken } from '@/lib/auth/exchange-token';
import { exchangeParams, exchangeQuery } from '@/lib/schemas/exchange';

// GET exchange/{tokenProvider}?test=: a Maskinporten or ID-porten (personal) token becomes an Altinn token,
// returned as text as Altinn's Ok(string) does.
export const GET = route<{ tokenProvider: string }>(async (request, context) => {
  const { tokenProvider } = exchangeParams.parse(await context.params);
  const { test } = readQuery(request, exchangeQuery);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  const token = await exchangeToken({ provider: tokenProvider, token: match?.[1], test });
  return new Response(token, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
});
