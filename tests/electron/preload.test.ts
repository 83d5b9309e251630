import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, ipcName } from '../../shared/contract';

// The preload runs inside Electron; here 'electron' is a fake that records what is exposed.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: () => {
      throw new Error('the preload must not use send');
    },
    on: () => {
      throw new Error('the preload must not listen');
    },
  },
}));

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

/** Every function reachable from the exposed value, by dotted path. */
function functionPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [prefix];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => functionPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('preload', () => {
  let api: Api;

  beforeAll(async () => {
    await import('../../electron/preload/index');
    api = electron.exposed.get('api') as Api;
  });

  it('exposes window.api and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
  });

  it('exposes exactly one function per contract channel', () => {
    expect(functionPaths(api).sort()).toEqual([...CHANNELS].sort());
  });

  it('exposes nothing but those functions (no values, no ipcRenderer)', () => {
    for (const namespace of Object.values(api)) {
      for (const member of Object.values(namespace)) expect(typeof member).toBe('function');
    }
  });

  it('exposes no generic invoke, send or listener', () => {
    const names = functionPaths(api).map((path) => path.split('.').at(-1));
    for (const forbidden of ['invoke', 'send', 'sendSync', 'on', 'once', 'addListener', 'removeListener', 'postMessage']) {
      expect(names).not.toContain(forbidden);
      expect(Object.keys(api)).not.toContain(forbidden);
    }
  });

  it.each(CHANNELS)('api.%s invokes simpul:<channel> with its input', async (channel) => {
    electron.invoke.mockClear();
    const [namespace, name] = channel.split('.');
    const result = await api[namespace][name]({ probe: channel });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(ipcName(channel), { probe: channel });
    expect(ipcName(channel)).toBe(`simpul:${channel}`);
    expect(result).toEqual({ ok: true, value: { channel: `simpul:${channel}`, input: { probe: channel } } });
  });
});
