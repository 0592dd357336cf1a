import 'server-only';

import { randomUUID } from 'node:crypto';

import { importJWK, type JWK } from 'jose';

import { db } from '../db';
import { isUniqueViolation } from '../db-errors';
import { conflict, invalid } from '../errors';
import type { RegisterClientBody } from '../schemas/maskinporten';
import { type MaskinportenClientDto, toClientDto } from './client-dto';

// A vendor registers a Maskinporten client for its own organisation: the public key it will sign grants
// with, and the scopes the client may ask for. The sandbox grants any well-formed scope (there is no API
// owner to ask), which is what makes it useful for trying scopes out.

const MIN_MODULUS_BYTES = 256;

async function checkPublicKey(jwk: RegisterClientBody['jwk']): Promise<void> {
  const modulus = Buffer.from(jwk.n, 'base64url');
  if (modulus.length < MIN_MODULUS_BYTES) {
    throw invalid({ fields: { 'jwk.n': ['The RSA key must be at least 2048 bits.'] } });
  }
  try {
    await importJWK({ kty: 'RSA', n: jwk.n, e: jwk.e }, jwk.alg);
  } catch {
    throw invalid({ fields: { jwk: ['Not a usable RSA public key.'] } });
  }
}

export async function registerClient(options: { orgNo: string; body: RegisterClientBody }): Promise<MaskinportenClientDto> {
  const { body } = options;
  await checkPublicKey(body.jwk);
  const clientId = body.clientId ?? randomUUID();
  const publicJwk: JWK = { kty: 'RSA', n: body.jwk.n, e: body.jwk.e, kid: body.jwk.kid, alg: body.jwk.alg, use: 'sig' };
  const prisma = await db();
  try {
    const client = await prisma.maskinportenClient.create({
      data: {
        clientId,
        orgNo: options.orgNo,
        name: body.name,
        description: body.description,
        scopes: body.scopes,
        keys: { create: { kid: body.jwk.kid, publicJwk: publicJwk as object } },
      },
      include: { keys: true },
    });
    return toClientDto(client);
  } catch (error) {
    // A client id is for ever: a deleted client's id is not given out again, so old grants cannot come back.
    if (isUniqueViolation(error)) {
      throw conflict({ fields: { clientId: [`The client id ${clientId} is already registered.`] } });
    }
    throw error;
  }
}
