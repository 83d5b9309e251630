import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { createFileLogger, openCore, sessionContext, type SimpulCore } from '../core';
import type { AuthOptions } from '../core/auth/runtime';
import { createAppProtocolHandler } from '../main/appProtocol';
import { SECURITY_HEADERS } from '../main/csp';
import { API_PREFIX, BRIDGE_PATH, bridgeScript, TAB_HEADER, TOKEN_HEADER } from './bridgeScript';
import { FILES_PREFIX, PreviewDownloads } from './downloads';
import { PreviewTabSessions } from './tabSessions';

export interface PreviewOptions {
  dbPath: string;
  backupDir?: string;
  rendererDir?: string;
  /** 0 = a random free port. */
  port?: number;
  appVersion?: string;
  /** Use an already opened core (tests); otherwise one is opened on dbPath. */
  core?: SimpulCore;
  /** Password hashing cost (tests make it cheap). */
  auth?: AuthOptions;
}

export interface PreviewServer {
  url: string;
  origin: string;
  token: string;
  core: SimpulCore;
  close(): Promise<void>;
}

// An attachment travels as base64 in the request: 20 MB of file is about 27 MB of text.
const MAX_BODY = 32 * 1024 * 1024;

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string | Uint8Array, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

/**
 * The browser preview: the real core on a database file, the built renderer on 127.0.0.1,
 * and window.api bridged to the same dispatch the desktop app uses. Only a page that was
 * given this run's token, from this server's own origin, can call it.
 */
export async function startPreviewServer(opts: PreviewOptions): Promise<PreviewServer> {
  const rendererDir = resolve(opts.rendererDir ?? 'out/renderer');
  // The same rotated log as the desktop app, in the data folder, and printed in the terminal.
  const log = createFileLogger({ dir: join(opts.core?.paths.dataDir ?? dirname(resolve(opts.dbPath)), 'logs'), echo: (line) => console.error(line) });
  const core =
    opts.core ??
    (await openCore({
      dbPath: opts.dbPath,
      backupDir: opts.backupDir ?? resolve(opts.dbPath, '..', 'backups'),
      appVersion: opts.appVersion ?? '0.0.0-preview',
      auth: opts.auth,
      logError: log.logError,
    }));
  const token = randomBytes(24).toString('base64url');
  const serveStatic = createAppProtocolHandler(rendererDir, async (file) => readFile(file));
  let origin = '';
  let hostHeader = '';
  const downloads = new PreviewDownloads();
  // Each browser tab signs in on its own; dispatch resolves the tab's session on every call.
  const tabs = new PreviewTabSessions((holder) => core.endSession(holder));

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    const reply = (status: number, body: unknown) => send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');
    const refuse = (status: number, message: string) => reply(status, { ok: false, error: { code: 'FORBIDDEN', message } });
    if (req.method !== 'POST') return refuse(405, 'Metode tidak diizinkan.');
    // Web pages of other origins, and local programs without the token, are turned away.
    if (req.headers.origin !== origin) return refuse(403, 'Asal permintaan tidak diizinkan.');
    if (!sameToken(req.headers[TOKEN_HEADER], token)) return refuse(403, 'Token pratinjau tidak valid.');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(415, 'Format permintaan tidak didukung.');
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(req));
    } catch {
      return reply(400, { ok: false, error: { code: 'VALIDATION', message: 'Permintaan tidak dapat dibaca.' } });
    }
    const input = payload && typeof payload === 'object' ? (payload as { input?: unknown }).input : undefined;
    const holder = tabs.holderFor(req.headers[TAB_HEADER]);
    if (!holder) return refuse(400, 'Tab pratinjau tidak dikenali. Muat ulang halaman.');
    const result = await core.dispatch(channel, input, sessionContext('preview', holder, 'id', downloads.host()));
    reply(200, result);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A DNS-rebinding page reaches us under a foreign Host name: refuse anything but our own.
    if (req.headers.host !== hostHeader) return send(res, 421, 'Misdirected', 'text/plain; charset=utf-8');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith(API_PREFIX)) {
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      } catch {
        channel = '';
      }
      return handleApi(req, res, channel);
    }
    if (url.pathname === BRIDGE_PATH) return send(res, 200, bridgeScript(), 'text/javascript; charset=utf-8');
    if (url.pathname.startsWith(FILES_PREFIX)) {
      const file = downloads.take(url.pathname);
      if (!file) return send(res, 404, 'Berkas tidak ditemukan atau tautan kedaluwarsa.', 'text/plain; charset=utf-8');
      return send(res, 200, await readFile(file.file.path), file.file.mimeType, {
        'Content-Disposition': `${file.mode === 'saveAs' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.file.fileName)}`,
      });
    }
    const response = await serveStatic(new Request(`app://simpul${url.pathname}`, { method: req.method }));
    const headers = Object.fromEntries(response.headers.entries());
    let body = new Uint8Array(await response.arrayBuffer());
    if (response.status === 200 && headers['content-type']?.startsWith('text/html')) {
      // The bridge must define window.api before the app's module script runs.
      const html = Buffer.from(body).toString('utf8').replace('<head>', `<head>\n    <script src="${BRIDGE_PATH}"></script>`);
      body = Buffer.from(html, 'utf8');
    }
    res.writeHead(response.status, headers);
    res.end(body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('preview', error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
      else res.end();
    });
  });
  await new Promise<void>((ready, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  hostHeader = `127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}#/`,
    origin,
    token,
    core,
    async close() {
      tabs.endAll();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      if (!opts.core) await core.close();
    },
  };
}
