import 'server-only';

import { randomBytes } from 'node:crypto';

import { type JWTPayload, SignJWT } from 'jose';

import { issuer } from './issuer';
import { signingKey } from './signing-keys';

// Every token the sandbox issues (Maskinporten grants, test tokens) is signed here, with the claims every
// token shares: iss, iat, exp, jti, token_type.

export const DEFAULT_TOKEN_TTL_SECONDS = 120;

export interface MintedToken {
  token: string;
  expiresIn: number;
  claims: JWTPayload;
}

export async function mintToken(options: { claims: JWTPayload; ttlSeconds?: number }): Promise<MintedToken> {
  const key = await signingKey();
  const iat = Math.floor(Date.now() / 1000);
  const expiresIn = options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const claims: JWTPayload = {
    ...options.claims,
    token_type: 'Bearer',
    iss: issuer(),
    iat,
    exp: iat + expiresIn,
    jti: randomBytes(32).toString('base64url'),
  };
  const token = await new SignJWT(claims).setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
  return { token, expiresIn, claims };
}
