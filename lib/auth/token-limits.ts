// Limits shared by the token code and the schemas (which must stay importable outside the server).

/** The longest lifetime any token from the sandbox may have (test tokens accept `ttl` up to this). */
export const MAX_TOKEN_TTL_SECONDS = 24 * 60 * 60;
