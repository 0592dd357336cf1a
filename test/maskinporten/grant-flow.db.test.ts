import { randomUUID } from 'node:crypto';

import { createLocalJWKSet, decodeJwt, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';

import { GET as metadataRoute } from '@/app/maskinporten/.well-known/oauth-authorization-server/route';
import { GET as listClientsRoute, POST as registerClientRoute } from '@/app/maskinporten/api/v1/clients/route';
import { GET as jwksRoute } from '@/app/maskinporten/jwk/route';
import { POST as tokenRoute } from '@/app/maskinporten/token/route';
import { verifyAccessToken } from '@/lib/auth/verify-token';
import { smartcloudKey } from '@/lib/seed/vendor-keys';

import { useTestDatabase } from '../support/database';
import { checked } from '../support/routes';
import { bearer, vendorToken } from '../support/tokens';

// Every answer is checked against its documented schema (test/support/routes.ts).
const metadata = checked(metadataRoute);
const listClients = checked(listClientsRoute);
const registerClient = checked(registerClientRoute);
const jwks = checked(jwksRoute);
const token = checked(tokenRoute);

const none = { params: Promise.resolve({}) };
const ISSUER = 'http://localhost:3000/maskinporten/';

/** What a vendor's own code does: sign a short grant with its private key, post it form-encoded. */
async function vendorGetsToken(clientId: string, kid: string, privateJwk: Record<string, string>, scope: string) {
  const now = Math.floor(Date.now() / 1000);
  const grant = await new SignJWT({ scope })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(clientId)
    .setAudience(ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .setJti(randomUUID())
    .sign(await importJWK(privateJwk, 'RS256'));
  return token(
    new Request('http://localhost:3000/maskinporten/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: grant }),
    }),
    none,
  );
}

describe('the Maskinporten simulator, end to end', () => {
  useTestDatabase();

  it('publishes RFC 8414 metadata with the keys Maskinporten has', async () => {
    const response = await metadata(new Request(`${ISSUER}.well-known/oauth-authorization-server`), none);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      issuer: ISSUER,
      token_endpoint: `${ISSUER}token`,
      jwks_uri: `${ISSUER}jwk`,
      grant_types_supported: ['urn:ietf:params:oauth:grant-type:jwt-bearer'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['RS256', 'RS384', 'RS512'],
      authorization_details_types_supported: ['urn:altinn:systemuser'],
    });
  });

  it('issues a token to the seeded SmartCloud client, verifiable against /jwk, with the claims of §1.4', async () => {
    const response = await vendorGetsToken(
      smartcloudKey.clientId,
      smartcloudKey.kid,
      smartcloudKey.privateJwk,
      'altinn:authentication/systemuser.request.read altinn:authentication/systemuser.request.write',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 120,
      scope: 'altinn:authentication/systemuser.request.read altinn:authentication/systemuser.request.write',
    });

    const keys = await (await jwks(new Request(`${ISSUER}jwk`), none)).json();
    const { payload, protectedHeader } = await jwtVerify(body.access_token, createLocalJWKSet(keys), { issuer: ISSUER });
    expect(protectedHeader).toMatchObject({ alg: 'RS256' });
    expect(keys.keys.map((k: { kid: string }) => k.kid)).toContain(protectedHeader.kid);
    expect(keys.keys.every((k: Record<string, unknown>) => !('d' in k) && !('p' in k))).toBe(true);
    expect(payload).toMatchObject({
      iss: ISSUER,
      client_id: smartcloudKey.clientId,
      client_amr: 'private_key_jwt',
      token_type: 'Bearer',
      consumer: { authority: 'iso6523-actorid-upis', ID: '0192:991825827' },
      scope: 'altinn:authentication/systemuser.request.read altinn:authentication/systemuser.request.write',
    });
    expect(typeof payload.jti).toBe('string');
    expect((payload.exp as number) - (payload.iat as number)).toBe(120);
    expect(payload.authorization_details).toBeUndefined();
    const caller = await verifyAccessToken(body.access_token);
    expect(caller).toMatchObject({ orgNo: '991825827', clientId: smartcloudKey.clientId });
  });

  it('lets a vendor register its own client, get a token with its own key and call a protected route', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const kid = `vendor-key-${randomUUID()}`;
    const admin = await vendorToken('312605031', ['idporten:dcr.write']);
    const registered = await registerClient(
      new Request('http://localhost/maskinporten/api/v1/clients', {
        method: 'POST',
        headers: { ...bearer(admin), 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'CI client', scopes: ['idporten:dcr.read'], jwk: { ...(await exportJWK(publicKey)), kid } }),
      }),
      none,
    );
    expect(registered.status).toBe(201);
    const { clientId } = await registered.json();

    const response = await vendorGetsToken(clientId, kid, (await exportJWK(privateKey)) as Record<string, string>, 'idporten:dcr.read');
    expect(response.status).toBe(200);
    const { access_token } = await response.json();
    expect(decodeJwt(access_token).consumer).toEqual({ authority: 'iso6523-actorid-upis', ID: '0192:312605031' });

    const listed = await listClients(new Request('http://localhost/maskinporten/api/v1/clients', { headers: bearer(access_token) }), none);
    expect(listed.status).toBe(200);
    const clients = await listed.json();
    expect(clients.map((c: { clientId: string }) => c.clientId)).toContain(clientId);
    expect(clients.every((c: { orgNo: string }) => c.orgNo === '312605031')).toBe(true);
  });
});
