/**
 * The only way a URL leaves the app: parsed, http(s) only, no credentials, then handed to the
 * system browser; besides, a mailto: link to one plain address opens the mail program. Electron security checklist item 15 (no shell.openExternal with untrusted
 * content). The opener is passed in so the guard is testable without Electron.
 */

/**
 * One plain address and nothing else: no second recipient, no percent-escapes, no headers
 * (?cc=, ?body=, and ?attach=, which some mail programs honour by attaching a local file).
 */
const MAILTO_ADDRESS = /^[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // The focal points' email links: the clerk's mail program opens a new message to them.
  if (parsed.protocol === 'mailto:') return parsed.search === '' && parsed.hash === '' && MAILTO_ADDRESS.test(parsed.pathname);
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
