/**
 * The only way a URL leaves the app: parsed, http(s) only, no credentials, then handed to the
 * system browser. Electron security checklist item 15 (no shell.openExternal with untrusted
 * content). The opener is passed in so the guard is testable without Electron.
 */

export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  // user:pass@host links are a classic disguise ("https://ombudsman.go.id@evil.example").
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
}

/** Opens the URL in the system browser when it is safe; returns whether it was opened. */
export async function openExternalSafely(url: unknown, open: (url: string) => Promise<void>): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  // Hand over the parser's serialisation, not the raw string the page supplied.
  await open(new URL(url).href);
  return true;
}
