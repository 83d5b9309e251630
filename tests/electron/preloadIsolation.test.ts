import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, ipcName } from '../../shared/contract';

/**
 * Checklist item "do not expose Electron APIs to untrusted web content": the page gets plain
 * functions that can only invoke their own channel. Nothing reachable from window.api is the
 * ipcRenderer or one of its methods, and a page cannot steer a call to another channel.
 */
const electron = vi.hoisted(() => {
  const ipcRenderer = {
    invoke: vi.fn(async () => ({ ok: true, value: null })),
    send: vi.fn(),
    sendSync: vi.fn(),
    on: vi.fn(),
    postMessage: vi.fn(),
  };
  return { ipcRenderer, exposed: new Map<string, unknown>() };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: electron.ipcRenderer,
}));

type Api = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;
let api: Api;

/** Every value reachable from the exposed object (functions' own properties included). */
function reachable(value: unknown, seen = new Set<unknown>()): unknown[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return [];
  seen.add(value);
  return [value, ...Object.getOwnPropertyNames(value).flatMap((k) => reachable((value as Record<string, unknown>)[k], seen))];
}

beforeAll(async () => {
  await import('../../electron/preload/index');
  api = electron.exposed.get('api') as Api;
});

describe('preload isolation', () => {
  it('exposes no ipcRenderer, and none of its methods, anywhere under window.api', () => {
    const values = reachable(api);
    expect(values.length).toBeGreaterThan(CHANNELS.length);
    const forbidden = [electron.ipcRenderer, ...Object.values(electron.ipcRenderer)];
    for (const v of values) expect(forbidden).not.toContain(v);
  });

  it('forwards exactly the channel and the input, whatever else the page passes', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await api.agencies!.list!({ search: 'x' }, 'simpul:users.create', { extra: true });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(ipcName('agencies.list'), { search: 'x' });
  });

  it('cannot be steered to another channel by the input', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await api.auth!.status!({ channel: 'users.create' });
    await api.auth!.status!('simpul:users.create');
    expect(electron.ipcRenderer.invoke.mock.calls.map((c) => (c as unknown[])[0])).toEqual([ipcName('auth.status'), ipcName('auth.status')]);
  });

  it('uses only ipcRenderer.invoke and exposes only "api" (source check of the sandboxed preload)', () => {
    const source = readFileSync('electron/preload/index.ts', 'utf8');
    expect(source).toMatch(/import \{ contextBridge, ipcRenderer \} from 'electron';/);
    expect([...source.matchAll(/ipcRenderer\.(\w+)/g)].map((m) => m[1])).toEqual(['invoke']);
    expect([...source.matchAll(/exposeInMainWorld\('(\w+)'/g)].map((m) => m[1])).toEqual(['api']);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
