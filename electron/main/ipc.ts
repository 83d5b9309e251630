import { CHANNELS, ipcName, type Channel } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { RequestContext } from '../core/context';
import { isAllowedOrigin } from './appOrigin';

/**
 * IPC registration: one ipcMain.handle per contract channel (no generic handler), each
 * checking who sent the message before anything runs (Electron security checklist item 17).
 * Validation, permissions and audit happen in dispatch, shared with every other transport.
 */

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

export interface IpcInvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

export type IpcListener = (event: IpcInvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;

/** Electron's ipcMain satisfies this; tests pass a fake that records the handlers. */
export interface IpcHandlerRegistry {
  handle(channel: string, listener: IpcListener): void;
}

export interface IpcDeps {
  dispatch(channel: Channel, input: unknown, ctx: RequestContext): Promise<Result<unknown>>;
  contextFor(event: IpcInvokeEvent): RequestContext;
  isTrustedSender(event: IpcInvokeEvent): boolean;
  /** The app's log (main/mainLog.ts); the console when absent (tests). */
  log?: { warn(scope: string, message: string): void; error(scope: string, error: unknown): void };
}

const consoleLog: NonNullable<IpcDeps['log']> = {
  warn: (scope, message) => console.warn(`[${scope}] ${message}`),
  error: (scope, error) => console.error(`[${scope}]`, error),
};

const FORBIDDEN_RESULT: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Permintaan ditolak: asal permintaan tidak dikenali oleh aplikasi.' },
};

const INTERNAL_RESULT: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Terjadi kesalahan di dalam aplikasi. Coba lagi; bila berulang, hubungi admin kantor.' },
};

/** A top-level frame showing one of the app's own pages; subframes and other origins never. */
export function isTrustedSenderFrame(
  frame: Pick<SenderFrame, 'url' | 'parent'> | null | undefined,
  allowedOrigins: string | readonly string[],
): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAllowedOrigin(frame.url, typeof allowedOrigins === 'string' ? [allowedOrigins] : allowedOrigins);
}

/** The sender check for the desktop app: the main window's main frame, on an app origin. */
export function mainFrameSenderCheck(options: {
  allowedOrigins: readonly string[];
  mainFrame: () => SenderFrame | null | undefined;
}): (event: IpcInvokeEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    const main = options.mainFrame();
    if (!frame || !main) return false;
    if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
    return isTrustedSenderFrame(frame, options.allowedOrigins);
  };
}

function handlerFor(channel: Channel, deps: IpcDeps): IpcListener {
  const log = deps.log ?? consoleLog;
  return async (event, input) => {
    try {
      if (!deps.isTrustedSender(event)) {
        log.warn('ipc', `rejected ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return FORBIDDEN_RESULT;
      }
      return await deps.dispatch(channel, input, deps.contextFor(event));
    } catch (error) {
      // dispatch returns errors as values; anything thrown here is a bug, never a rejection.
      log.error(`ipc ${channel}`, error);
      return INTERNAL_RESULT;
    }
  };
}

/** Registers every contract channel; returns the wire names registered. */
export function registerIpc(ipcMain: IpcHandlerRegistry, deps: IpcDeps): string[] {
  return CHANNELS.map((channel) => {
    const name = ipcName(channel);
    ipcMain.handle(name, handlerFor(channel, deps));
    return name;
  });
}
