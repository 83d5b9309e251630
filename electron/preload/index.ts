import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, ipcName, type Invoke, type SimpulApi } from '../../shared/contract';
import type { Result } from '../../shared/result';

/**
 * window.api: one function per contract channel, nothing else. No ipcRenderer and no generic
 * invoke(channel) cross the bridge, so the page can only ask for what the contract lists.
 * Runs sandboxed: bundled into one CommonJS file by electron-vite.
 */

/** Exactly what the renderer's Window declares (renderer/src/env.d.ts); `satisfies` rejects extras. */
interface MainWorld {
  api: SimpulApi;
}

const invoke: Invoke = (channel, input) => ipcRenderer.invoke(ipcName(channel), input) as Promise<Result<unknown>>;

const mainWorld = { api: buildApi(invoke) } satisfies MainWorld;

contextBridge.exposeInMainWorld('api', mainWorld.api);
