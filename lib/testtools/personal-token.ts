import 'server-only';

import { mintToken } from '../auth/mint-token';
import { personalClaims } from '../auth/token-claims';
import { db } from '../db';
import { notFound } from '../errors';

/** A person's token; the person must exist, since the token carries the user and party ids of the sandbox. */
export async function personalToken(options: { pid: string; scopes: string[]; ttl: number }): Promise<string> {
  const person = await (await db()).person.findUnique({ where: { pid: options.pid } });
  if (!person) throw notFound();
  const claims = personalClaims({
    pid: person.pid,
    userId: person.userId,
    partyId: person.partyId,
    partyUuid: person.id,
    scopes: options.scopes,
  });
  return (await mintToken({ claims, ttlSeconds: options.ttl })).token;
}
