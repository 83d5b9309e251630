import type { Session, WebContents } from 'electron';
import { isAllowedOrigin } from './appOrigin';
import { isSafeExternalUrl } from './externalLinks';

/**
 * Navigation and new windows are denied by default (Electron security checklist items 13
 * and 14); webviews are refused (item 12). Links to the web open in the system browser.
 */

export interface NavigationPolicy {
  /** Origins the window may show, e.g. ["app://simpul"] (plus the dev server in development). */
  allowedOrigins: readonly string[];
  /** Opens an http(s) URL in the system browser; it applies its own URL guard. */
  openExternal: (url: string) => void;
}

/** The parts of WebContents the guards touch, so tests can pass a small fake. */
export type GuardedWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

const guarded = new WeakSet<object>();

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/**
 * Installs the guards once per webContents (a second call is a no-op, so the app-wide
 * 'web-contents-created' hook and the main window's own setup cannot double-open links).
 */
export function installNavigationGuards(contents: GuardedWebContents, policy: NavigationPolicy): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);

  // A click on an ordinary link to the web: keep the app, show the page in the browser.
  contents.on('will-navigate', (event: NavigationEvent) => {
    if (isAllowedOrigin(event.url, policy.allowedOrigins)) return;
    event.preventDefault();
    if (isSafeExternalUrl(event.url)) policy.openExternal(event.url);
  });

  // A server redirect is never the clerk's choice: refuse it without opening anything.
  contents.on('will-redirect', (event: NavigationEvent) => {
    if (isAllowedOrigin(event.url, policy.allowedOrigins)) return;
    event.preventDefault();
  });

  contents.on('will-attach-webview', (event: { preventDefault(): void }) => {
    event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) policy.openExternal(url);
    return { action: 'deny' };
  });
}

export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** The app needs no camera, microphone, notifications, geolocation, USB, ...: deny them all. */
export function installPermissionDenial(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
