/**
 * Where the app's own pages live. Everything the shell trusts (navigation, IPC senders) is
 * compared against these origins, never against a prefix of a URL string.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'simpul';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * "scheme://host[:port]" of a URL, or null when it has none. Node's URL reports the origin of
 * a non-special scheme such as app:// as the opaque "null", so the origin is built by hand.
 * URLs carrying credentials never count as an origin we trust.
 */
export function originOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host || parsed.username || parsed.password) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when `url` belongs to one of the allowed origins (each given as a URL or an origin). */
export function isAllowedOrigin(url: unknown, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  return allowedOrigins.some((allowed) => originOf(allowed) === origin);
}
