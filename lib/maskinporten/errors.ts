// Maskinporten answers a refused grant with OAuth's error document, not Altinn's problem+json (lib/errors.ts writes it):
// `error` from RFC 6749 (or Maskinporten's own names) and the MP code at the start of `error_description`,
// so vendors can look it up in Maskinporten's troubleshooting guide.

export type MaskinportenErrorName =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'invalid_scope'
  | 'unsupported_grant_type'
  | 'invalid_authorization_details'
  | 'invalid_altinn_customer_configuration';

export class MaskinportenError extends Error {
  override name = 'MaskinportenError';
  constructor(
    readonly error: MaskinportenErrorName,
    readonly description: string,
  ) {
    super(`${error}: ${description}`);
  }
}

export const mpError = (error: MaskinportenErrorName, description: string) => new MaskinportenError(error, description);
