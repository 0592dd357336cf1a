// The security headers of every response, the pages' Content Security Policy, and the checks the proxy makes
// before Next routes a request (proxy.ts). Plain functions, so the unit tests can call them.

/** Sent on every response (next.config.mjs and the proxy). */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** What the pages and the API reference share: this origin only, no plugins, no framing. */
function csp(script: string, formAction: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ...(formAction ? ["form-action 'self'"] : []),
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The portal's policy: scripts only from this origin with the request's nonce (Next puts it on its own inline
 * scripts), styles from this origin and inline style attributes (Designsystemet and React set them), nothing
 * from other hosts, and no framing at all (clickjacking of the approve button).
 */
export function pageCsp(nonce: string, dev = false): string {
  return csp(`'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`, true);
}

/** The API reference page (/docs/api): its own inline script and styles, nothing from other hosts. */
export const DOCS_CSP = csp("'unsafe-inline'", false);

/** API responses: they are data, never documents to run or frame. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const API_PREFIXES = [
  '/authentication/',
  '/authorization/',
  '/accessmanagement/api/',
  '/maskinporten/',
  '/testtools/',
  '/sandbox/',
  '/api/',
  '/health',
];

export function isApiPath(pathname: string): boolean {
  // ASP.NET matches the Altinn paths in any case (lib/api/api-paths.ts).
  const lower = pathname.toLowerCase();
  return API_PREFIXES.some((prefix) => lower === prefix.replace(/\/$/, '') || lower.startsWith(prefix));
}

/** True when the path or the query holds a percent escape that does not decode (`%zz`, `%`, `%C0`). */
export function hasMalformedEscape(pathname: string, search: string): boolean {
  for (const part of [pathname, search.replace(/\+/g, ' ')]) {
    if (!part.includes('%')) continue;
    try {
      decodeURIComponent(part);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * A server action posted from another origin. Next refuses those itself but with a 500; the proxy answers 403
 * before anything runs. The host the browser used is `x-forwarded-host` behind a proxy, else `host`.
 */
export function isCrossOriginAction(method: string, headers: Headers): boolean {
  if (method !== 'POST' || !headers.has('next-action')) return false;
  const origin = headers.get('origin');
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // `null` (sandboxed frames, file:) or junk: not this site
  }
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0].trim();
  return originHost.toLowerCase() !== host.toLowerCase();
}
