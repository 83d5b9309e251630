import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RequestContext } from '../../electron/core';
import { CHANNELS, ipcName } from '../../shared/contract';

/**
 * The main process's wiring, run for real against a fake Electron (the binary is not
 * installed here): what electron/main/index.ts asks of Electron at start-up is recorded and
 * checked item by item against the security checklist, in the spirit of actualbudget/actual's
 * e2e/navigation-security.test.ts.
 */
const fake = vi.hoisted(() => {
  /** Mocks are hoisted above imports: a small emitter of its own instead of node:events. */
  class Emitter {
    private readonly listeners = new Map<string, Array<(...args: unknown[]) => void>>();
    on(name: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: (...args: unknown[]) => void) {
      return this.on(name, listener);
    }
    emit(name: string, ...args: unknown[]) {
      for (const l of this.listeners.get(name) ?? []) l(...args);
      return (this.listeners.get(name) ?? []).length > 0;
    }
  }
  class FakeContents extends Emitter {
    windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null;
    mainFrame = { url: 'app://simpul/index.html', parent: null, processId: 7, routingId: 1 };
    setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
      this.windowOpenHandler = h;
    }
  }
  const calls: string[] = [];
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const appEvents = new Map<string, (...args: unknown[]) => void>();
  const windows: Array<{ options: Record<string, unknown>; loaded: string[]; webContents: InstanceType<typeof FakeContents> }> = [];
  const permission = { request: null as null | ((...a: unknown[]) => void), check: null as null | ((...a: unknown[]) => boolean), device: null as null | ((...a: unknown[]) => boolean) };
  const opened: string[] = [];
  const dispatched: Array<{ channel: string; ctx: RequestContext }> = [];
  let ready!: () => void;
  const whenReady = new Promise<void>((r) => (ready = r));
  return { Emitter, FakeContents, calls, ipcHandlers, appEvents, windows, permission, opened, dispatched, whenReady, ready: () => ready() };
});

vi.mock('electron', () => {
  class BrowserWindow extends fake.Emitter {
    webContents = new fake.FakeContents();
    loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      super();
      fake.windows.push({ options, loaded: this.loaded, webContents: this.webContents });
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    loadFile(path: string) {
      fake.calls.push(`loadFile:${path}`);
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    show() {}
  }
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      setName: () => {},
      setAppUserModelId: () => {},
      enableSandbox: () => fake.calls.push('enableSandbox'),
      on: (name: string, listener: (...args: unknown[]) => void) => fake.appEvents.set(name, listener),
      whenReady: () => fake.whenReady,
      getPath: (name: string) => `/tmp/simpul-fake/${name}`,
      getVersion: () => '0.0.0-test',
      getAppPath: () => '/tmp/simpul-fake/app',
      quit: () => fake.calls.push('quit'),
    },
    BrowserWindow,
    dialog: { showErrorBox: (title: string) => fake.calls.push(`errorBox:${title}`), showMessageBox: async () => ({}), showSaveDialog: async () => ({ canceled: true }) },
    ipcMain: {
      handle: (name: string, listener: (event: unknown, input: unknown) => Promise<unknown>) => fake.ipcHandlers.set(name, listener),
      on: (name: string) => fake.calls.push(`ipcMain.on:${name}`),
    },
    Menu: { setApplicationMenu: () => {}, buildFromTemplate: (t: unknown) => t },
    protocol: {
      registerSchemesAsPrivileged: (schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>) => fake.calls.push(`privileged:${JSON.stringify(schemes)}`),
      handle: (scheme: string) => fake.calls.push(`protocol.handle:${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: (...a: unknown[]) => void) => (fake.permission.request = h),
        setPermissionCheckHandler: (h: (...a: unknown[]) => boolean) => (fake.permission.check = h),
        setDevicePermissionHandler: (h: (...a: unknown[]) => boolean) => (fake.permission.device = h),
      },
    },
    shell: { openExternal: async (url: string) => void fake.opened.push(url), openPath: async () => '' },
    net: {},
  };
});

vi.mock('../../electron/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/core')>();
  return {
    ...real,
    openCore: async () => ({
      dbPath: '/tmp/simpul-fake/simpul.sqlite',
      paths: { backupsDir: '/tmp/simpul-fake/backups' },
      schemaVersion: 1,
      preMigrationBackup: null,
      endSession: () => {},
      close: async () => {},
      dispatch: async (channel: string, _input: unknown, ctx: RequestContext) => {
        fake.dispatched.push({ channel, ctx });
        return { ok: true, value: null };
      },
    }),
  };
});

// The updater talks to the network and electron-updater; not part of this checklist.
vi.mock('../../electron/main/updates/desktopUpdates', () => ({
  createDesktopUpdates: () => ({ start: () => {}, prepareForQuit: async () => {}, settingsChanged: () => {} }),
}));

beforeAll(async () => {
  await import('../../electron/main/index');
  fake.ready();
  await vi.waitFor(() => expect(fake.windows.length).toBe(1));
});

const mainWindow = () => fake.windows[0]!;

describe('main process start-up against the Electron security checklist', () => {
  it('sandboxes every renderer before the app is ready', () => {
    expect(fake.calls).toContain('enableSandbox');
    expect(mainWindow().options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });

  it('sets no Blink features, no extra arguments and no insecure content for the window', () => {
    const prefs = mainWindow().options.webPreferences as Record<string, unknown>;
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'allowRunningInsecureContent', 'experimentalFeatures', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames']) {
      expect([undefined, false]).toContain(prefs[key]);
    }
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('loads its pages from app://, never file://', () => {
    expect(mainWindow().loaded).toEqual(['app://simpul/index.html']);
    expect(fake.calls.some((c) => c.startsWith('loadFile'))).toBe(false);
    expect(fake.calls).toContain('protocol.handle:app');
    const privileged = fake.calls.find((c) => c.startsWith('privileged:'))!;
    expect(JSON.parse(privileged.slice('privileged:'.length))).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });

  it('denies every permission request and check of the session', () => {
    const granted: boolean[] = [];
    fake.permission.request!({}, 'media', (g: boolean) => granted.push(g), {});
    expect(granted).toEqual([false]);
    expect(fake.permission.check!({}, 'notifications', 'app://simpul', {})).toBe(false);
    expect(fake.permission.device!({})).toBe(false);
  });

  describe.each(['the main window', 'any other web contents'])('navigation in %s', (which) => {
    const contents = () => {
      if (which === 'the main window') return mainWindow().webContents;
      const other = new fake.FakeContents();
      fake.appEvents.get('web-contents-created')!({}, other);
      return other;
    };
    const click = (c: InstanceType<typeof fake.FakeContents>, url: string) => {
      let prevented = false;
      c.emit('will-navigate', { url, preventDefault: () => (prevented = true) });
      return prevented;
    };

    for (const target of ['', '_blank']) {
      for (const url of ['https://example.invalid/help', 'http://example.invalid/?next=app://simpul']) {
        it(`opens ${url} externally via ${target || 'an ordinary click'} and keeps the app`, async () => {
          fake.opened.length = 0;
          const c = contents();
          if (target === '_blank') expect(c.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
          else expect(click(c, url)).toBe(true);
          await vi.waitFor(() => expect(fake.opened).toEqual([url]));
        });
      }
    }

    it.each(['file:///C:/Windows/win.ini', 'javascript:alert(1)', 'smb://server/share', 'app://evil/'])('blocks %s and opens nothing', async (url) => {
      fake.opened.length = 0;
      const c = contents();
      expect(click(c, url)).toBe(true);
      expect(c.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
      await new Promise((r) => setTimeout(r, 10));
      expect(fake.opened).toEqual([]);
    });

    it('refuses redirects and webviews', () => {
      const c = contents();
      let prevented = false;
      c.emit('will-redirect', { url: 'https://example.invalid/redirected', preventDefault: () => (prevented = true) });
      expect(prevented).toBe(true);
      let webview = false;
      c.emit('will-attach-webview', { preventDefault: () => (webview = true) });
      expect(webview).toBe(true);
    });
  });

  it('registers one handler per channel and nothing with ipcMain.on', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(CHANNELS.map(ipcName).sort());
    expect(fake.calls.filter((c) => c.startsWith('ipcMain.on'))).toEqual([]);
  });

  it('rejects a foreign sender on every handler, before dispatch', async () => {
    fake.dispatched.length = 0;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const foreign = [
      { senderFrame: { url: 'https://evil.example/', parent: null, processId: 7, routingId: 1 } },
      { senderFrame: { url: 'app://simpul/index.html', parent: {}, processId: 7, routingId: 2 } },
      { senderFrame: { url: 'app://simpul/index.html', parent: null, processId: 99, routingId: 1 } },
      { senderFrame: null },
    ];
    for (const [name, handler] of fake.ipcHandlers) {
      for (const event of foreign) expect(await handler(event, {}), name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(fake.dispatched).toEqual([]);
    warn.mockRestore();
  });

  it('gives dispatch the window\'s session, never a trusted operator context', async () => {
    fake.dispatched.length = 0;
    const event = { senderFrame: mainWindow().webContents.mainFrame };
    await fake.ipcHandlers.get(ipcName('agencies.list'))!(event, {});
    await fake.ipcHandlers.get(ipcName('auth.status'))!(event, undefined);
    expect(fake.dispatched).toHaveLength(2);
    for (const { ctx } of fake.dispatched) {
      expect(ctx.transport).toBe('ipc');
      expect(ctx.session).toBeDefined();
      expect(ctx.actor.role).toBeNull();
      expect([...ctx.permissions]).toEqual([]);
    }
    // One holder for the window, the same on every call.
    expect(fake.dispatched[0]!.ctx.session).toBe(fake.dispatched[1]!.ctx.session);
  });
});
