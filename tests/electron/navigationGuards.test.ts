import { EventEmitter } from 'node:events';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi, type Mock } from 'vitest';
import {
  installNavigationGuards,
  installPermissionDenial,
  type GuardedWebContents,
  type NavigationPolicy,
  type PermissionSession,
} from '../../electron/main/navigationGuards';

/** Enough of WebContents to drive the guards the way Electron would. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  /** Emits like Electron does and reports whether a listener prevented the default. */
  fire(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    let prevented = false;
    const details = { url, isMainFrame: true, preventDefault: () => (prevented = true) };
    this.emit(event, details, url);
    return prevented;
  }

  openWindow(url: string): WindowOpenHandlerResponse {
    if (!this.windowOpenHandler) throw new Error('no window open handler installed');
    return this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } } as HandlerDetails);
  }
}

function setup(allowedOrigins: readonly string[] = ['app://simpul']) {
  const contents = new FakeWebContents();
  const openExternal: Mock<(url: string) => void> = vi.fn();
  const policy: NavigationPolicy = { allowedOrigins, openExternal };
  installNavigationGuards(contents as unknown as GuardedWebContents, policy);
  return { contents, openExternal };
}

describe('navigation guards', () => {
  it.each(['app://simpul/index.html', 'app://simpul/agencies/1', 'app://simpul/#/settings'])(
    'lets the app navigate within itself: %s',
    (url) => {
      const { contents, openExternal } = setup();
      expect(contents.fire('will-navigate', url)).toBe(false);
      expect(contents.fire('will-redirect', url)).toBe(false);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it.each([
    'https://ombudsman.go.id/',
    'http://example.invalid/?next=app://simpul',
    'app://evil/index.html',
    'app://simpul.evil.example/',
    'file:///C:/Windows/win.ini',
    'javascript:alert(1)',
    'data:text/html,hi',
    'http://localhost:5173/',
    'about:blank',
  ])('blocks navigation to %s', (url) => {
    const { contents } = setup();
    expect(contents.fire('will-navigate', url)).toBe(true);
  });

  it('opens a clicked web link in the system browser instead of the window', () => {
    const { contents, openExternal } = setup();
    expect(contents.fire('will-navigate', 'https://ombudsman.go.id/laporan')).toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://ombudsman.go.id/laporan');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'http://user:pw@example.com/'])(
    'blocks %s without handing it to the browser',
    (url) => {
      const { contents, openExternal } = setup();
      expect(contents.fire('will-navigate', url)).toBe(true);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('refuses redirects away from the app and opens nothing', () => {
    const { contents, openExternal } = setup();
    expect(contents.fire('will-redirect', 'https://example.invalid/redirected')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('allows the dev server origin only when it is in the policy', () => {
    const dev = setup(['app://simpul', 'http://localhost:5173']);
    expect(dev.contents.fire('will-navigate', 'http://localhost:5173/agencies')).toBe(false);
    expect(dev.contents.fire('will-navigate', 'http://localhost:5174/')).toBe(true);
  });

  it('refuses every webview', () => {
    const { contents } = setup();
    expect(contents.fire('will-attach-webview', 'app://simpul/index.html')).toBe(true);
  });

  it('installs only once per webContents, so a link never opens twice', () => {
    const { contents, openExternal } = setup();
    installNavigationGuards(contents as unknown as GuardedWebContents, { allowedOrigins: ['app://simpul'], openExternal });
    expect(contents.listenerCount('will-navigate')).toBe(1);
    contents.fire('will-navigate', 'https://example.com/');
    expect(openExternal).toHaveBeenCalledOnce();
  });
});

describe('window open handler', () => {
  it.each(['https://ombudsman.go.id/', 'http://example.com/x'])('denies %s and opens it in the browser', (url) => {
    const { contents, openExternal } = setup();
    expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith(url);
  });

  it.each([
    'app://simpul/index.html',
    'about:blank',
    'file:///C:/x.exe',
    'javascript:alert(1)',
    'data:text/html,x',
    'smb://server/share',
    'http://user:pw@example.com/',
    '',
  ])('denies %s and opens nothing', (url) => {
    const { contents, openExternal } = setup();
    expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('permission denial', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: (...args: never[]) => unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: (...args: never[]) => unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: (...args: never[]) => unknown) => (handlers.device = h),
    };
    installPermissionDenial(session as unknown as PermissionSession);
    return handlers as unknown as {
      request: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
      check: (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
      device: (details: unknown) => boolean;
    };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid'])(
    'refuses the %s permission request and check',
    (permission) => {
      const handlers = fakeSession();
      const callback = vi.fn();
      handlers.request({}, permission, callback, { requestingUrl: 'app://simpul/index.html' });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(handlers.check({}, permission, 'app://simpul', {})).toBe(false);
    },
  );

  it('refuses device access', () => {
    expect(fakeSession().device({ deviceType: 'usb', origin: 'app://simpul', device: {} })).toBe(false);
  });
});
