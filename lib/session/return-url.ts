// The one check for every address the portal sends a person back to (login's callbackUrl, the party switch's
// goTo, next-auth's redirects after sign-in and logout): only a path on this site is followed. Anything a
// browser could resolve to another origin (`//host`, `/\host`, tabs or newlines that browsers strip, encoded
// slashes, other schemes) falls back to the overview.

export const DEFAULT_RETURN = '/accessmanagement/ui/systemuser/overview';

const SANDBOX = 'http://sandbox.invalid';

/**
 * The path, query and hash to return to, or `fallback`. `value` may be a path or an absolute URL on `base`
 * (the sandbox's own address); the result is always a path starting with a single `/`.
 */
export function safeReturnPath(value: string | null | undefined, base: string = SANDBOX, fallback: string = DEFAULT_RETURN): string {
  if (!value || value.length > 2048) return fallback;
  // Browsers drop tabs and newlines from URLs and read `\` as `/`: refuse them and other controls outright.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let own: URL;
  let url: URL;
  try {
    own = new URL(base);
    url = new URL(value, own);
  } catch {
    return fallback;
  }
  if (url.origin !== own.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that a second decoding would turn into `//host` or `/\host` (encoded slashes) stays refused.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return fallback;
  }
  // Control characters are what is refused here.
  // eslint-disable-next-line no-control-regex
  if (!path.startsWith('/') || path.startsWith('//') || /^\/[/\\]/.test(decoded) || /[\u0000-\u001f\\]/.test(decoded)) return fallback;
  return path;
}
