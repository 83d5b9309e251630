import { describe, expect, it, vi } from 'vitest';
import { localOperatorContext, type RequestContext } from '../../electron/core/context';
import {
  isTrustedSenderFrame,
  mainFrameSenderCheck,
  registerIpc,
  type IpcDeps,
  type IpcInvokeEvent,
  type IpcListener,
  type SenderFrame,
} from '../../electron/main/ipc';
import { CHANNELS, ipcName } from '../../shared/contract';
import type { Result } from '../../shared/result';

const APP = ['app://simpul'];

function frame(url: string, overrides: Partial<SenderFrame> = {}): SenderFrame {
  return { url, parent: null, processId: 4, routingId: 1, ...overrides };
}

/** Records handlers the way ipcMain.handle does, refusing a second handler for one name. */
function fakeIpcMain() {
  const handlers = new Map<string, IpcListener>();
  return {
    handlers,
    handle: vi.fn((channel: string, listener: IpcListener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    }),
  };
}

function setup(isTrustedSender: IpcDeps['isTrustedSender']) {
  const ipcMain = fakeIpcMain();
  const ctx = localOperatorContext('ipc');
  const dispatch = vi.fn(
    async (channel: string, input: unknown, _ctx: RequestContext): Promise<Result<unknown>> => ({
      ok: true,
      value: { channel, input },
    }),
  );
  const contextFor = vi.fn(() => ctx);
  const registered = registerIpc(ipcMain, { dispatch, contextFor, isTrustedSender });
  return { ipcMain, dispatch, contextFor, ctx, registered };
}

describe('isTrustedSenderFrame', () => {
  it.each([
    ['the app page', frame('app://simpul/index.html'), true],
    ['a client route of the app', frame('app://simpul/agencies/1?x=1#y'), true],
    ['null (frame gone)', null, false],
    ['undefined', undefined, false],
    ['a subframe of the app', frame('app://simpul/index.html', { parent: frame('app://simpul/index.html') }), false],
    ['another app host', frame('app://evil/index.html'), false],
    ['a look-alike host', frame('app://simpul.evil.example/'), false],
    ['a web page', frame('https://example.com/'), false],
    ['a file page', frame('file:///C:/x.html'), false],
    ['about:blank', frame('about:blank'), false],
    ['an empty URL', frame(''), false],
    ['the dev server when not allowed', frame('http://localhost:5173/'), false],
  ])('%s -> %s', (_name, senderFrame, trusted) => {
    expect(isTrustedSenderFrame(senderFrame, 'app://simpul')).toBe(trusted);
  });

  it('accepts the dev server origin when it is in the list', () => {
    expect(isTrustedSenderFrame(frame('http://localhost:5173/'), ['app://simpul', 'http://localhost:5173'])).toBe(true);
  });
});

describe('mainFrameSenderCheck', () => {
  const main = frame('app://simpul/index.html');
  const check = mainFrameSenderCheck({ allowedOrigins: APP, mainFrame: () => main });

  it('trusts the main window main frame on the app origin', () => {
    expect(check({ senderFrame: frame('app://simpul/agencies') })).toBe(true);
  });

  it('refuses a frame of another window or process', () => {
    expect(check({ senderFrame: frame('app://simpul/index.html', { processId: 5 }) })).toBe(false);
    expect(check({ senderFrame: frame('app://simpul/index.html', { routingId: 2 }) })).toBe(false);
  });

  it('refuses when there is no main window', () => {
    const closed = mainFrameSenderCheck({ allowedOrigins: APP, mainFrame: () => null });
    expect(closed({ senderFrame: frame('app://simpul/index.html') })).toBe(false);
  });

  it('refuses the main frame once it shows a foreign page', () => {
    expect(check({ senderFrame: frame('https://example.com/') })).toBe(false);
  });
});

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel, under its namespaced name', () => {
    const { ipcMain, registered } = setup(() => true);
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CHANNELS.map(ipcName).sort());
    expect(registered.sort()).toEqual(CHANNELS.map(ipcName).sort());
    for (const name of ipcMain.handlers.keys()) expect(name).toMatch(/^simpul:[a-zA-Z]+\.[a-zA-Z]+$/);
  });

  it('registers no catch-all handler', () => {
    const { ipcMain } = setup(() => true);
    expect(ipcMain.handlers.has('simpul:invoke')).toBe(false);
    expect([...ipcMain.handlers.keys()].every((name) => CHANNELS.some((c) => ipcName(c) === name))).toBe(true);
  });

  it('passes a trusted call to dispatch with its channel, input and context', async () => {
    const check = mainFrameSenderCheck({ allowedOrigins: APP, mainFrame: () => frame('app://simpul/index.html') });
    const { ipcMain, dispatch, ctx } = setup(check);
    const channel = CHANNELS[0];
    const event: IpcInvokeEvent = { senderFrame: frame('app://simpul/index.html') };
    const result = await ipcMain.handlers.get(ipcName(channel))!(event, { q: 'x' });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith(channel, { q: 'x' }, ctx);
    expect(result).toEqual({ ok: true, value: { channel, input: { q: 'x' } } });
  });

  it.each([
    ['another URL', { senderFrame: frame('https://evil.example/') }],
    ['a subframe', { senderFrame: frame('app://simpul/index.html', { parent: frame('app://simpul/index.html') }) }],
    ['a null frame', { senderFrame: null }],
    ['another window', { senderFrame: frame('app://simpul/index.html', { processId: 99 }) }],
  ])('refuses %s without calling dispatch', async (_name, event) => {
    const check = mainFrameSenderCheck({ allowedOrigins: APP, mainFrame: () => frame('app://simpul/index.html') });
    const { ipcMain, dispatch, contextFor } = setup(check);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const listener of ipcMain.handlers.values()) {
      const result = await listener(event as IpcInvokeEvent, {});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('FORBIDDEN');
        expect(result.error.message).toMatch(/ditolak/);
      }
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(contextFor).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('never throws: a failing dispatch becomes an INTERNAL error value', async () => {
    const ipcMain = fakeIpcMain();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    registerIpc(ipcMain, {
      dispatch: async () => {
        throw new Error('boom');
      },
      contextFor: () => localOperatorContext('ipc'),
      isTrustedSender: () => true,
    });
    const result = await ipcMain.handlers.get(ipcName(CHANNELS[0]))!({ senderFrame: frame('app://simpul/') }, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    error.mockRestore();
  });

  it('never throws when the sender check itself throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { ipcMain, dispatch } = setup(() => {
      throw new Error('frame destroyed');
    });
    const result = await ipcMain.handlers.get(ipcName(CHANNELS[0]))!({ senderFrame: null }, undefined);
    expect(result.ok).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();
    error.mockRestore();
  });
});
