import 'server-only';

import { issuer } from '../auth/issuer';
import type { ServerMetadata } from '../schemas/maskinporten';
import { GRANT_ALGS, JWT_BEARER, SYSTEM_USER_TYPE } from './issue-token';

/**
 * RFC 8414 metadata with the keys Maskinporten publishes (docs/altinn-behaviour.md, "Maskinporten and the test tokens"). Only the
 * system-user type of authorization_details is listed: the sandbox does not issue consent tokens.
 */
export function serverMetadata(): ServerMetadata {
  const base = issuer();
  return {
    issuer: base,
    token_endpoint: `${base}token`,
    jwks_uri: `${base}jwk`,
    grant_types_supported: [JWT_BEARER],
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: [...GRANT_ALGS],
    authorization_details_types_supported: [SYSTEM_USER_TYPE],
  };
}
