/**
 * Secrets never enter the audit trail: whatever a service passes as before/after, keys that
 * name a password, its hash or salt, a token or a session are dropped (at any depth) before
 * the snapshot is serialised. Services pass DTOs, which carry none; this is the second line.
 */
const SECRET_KEY = /password(hash)?$|passphrase|^salt$|secret|token$|^sessionid$/i;
/** Facts about a password that are not the password. */
const NOT_SECRET = new Set(['mustChangePassword', 'passwordChangedAt']);

export const isSecretKey = (key: string): boolean => SECRET_KEY.test(key) && !NOT_SECRET.has(key);

export function withoutSecrets(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 20) return value;
  if (Array.isArray(value)) return value.map((v) => withoutSecrets(v, depth + 1));
  // Dates and other instances serialise themselves (toJSON); only plain records are walked.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (isSecretKey(key)) continue;
    out[key] = withoutSecrets(v, depth + 1);
  }
  return out;
}
