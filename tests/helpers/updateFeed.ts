import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request, type ClientRequest, type IncomingMessage, type RequestOptions, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { configureRequestOptions, configureRequestUrl, HttpExecutor, type DownloadOptions } from 'builder-util-runtime';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';

/**
 * A local update feed on 127.0.0.1 (what head office hosts: latest.yml + the installer), a fake
 * Electron app for electron-updater's AppAdapter, and a plain-Node HTTP executor standing in
 * for Electron's net module. With these a real NsisUpdater runs in plain Node: the feed's
 * answers, the download, and electron-updater's own sha512 check are all the real thing.
 */

export type InstallerMode = 'ok' | 'corrupt' | 'drop' | 'stall' | 'missing';

export interface LocalFeed {
  /** The feed folder's URL, as an admin would enter it. */
  url: string;
  /** Paths asked for, in order (query strings dropped). */
  requests: string[];
  /** What the installer URL answers from now on. */
  setInstaller(mode: InstallerMode): void;
  /** The version latest.yml announces from now on. */
  setVersion(version: string): void;
  close(): Promise<void>;
}

const INSTALLER_SIZE = 256 * 1024;

/** Deterministic "installer" bytes for a version. */
export function installerBytes(version: string): Buffer {
  const bytes = Buffer.alloc(INSTALLER_SIZE);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + version.length * 7) & 0xff;
  bytes.write(`Simpul ${version} installer`, 0);
  return bytes;
}

const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');

function latestYml(version: string): string {
  const bytes = installerBytes(version);
  const file = `Simpul-Setup-${version}.exe`;
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${file}`,
    `    sha512: ${sha512(bytes)}`,
    `    size: ${bytes.length}`,
    `path: ${file}`,
    `sha512: ${sha512(bytes)}`,
    `releaseDate: '2025-11-20T08:00:00.000Z'`,
    '',
  ].join('\n');
}

export async function startLocalFeed(initialVersion: string): Promise<LocalFeed> {
  let version = initialVersion;
  let mode: InstallerMode = 'ok';
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    if (path === '/simpul/latest.yml') {
      res.writeHead(200, { 'Content-Type': 'text/yaml' });
      res.end(latestYml(version));
      return;
    }
    if (path === `/simpul/Simpul-Setup-${version}.exe` && mode !== 'missing') {
      const good = installerBytes(version);
      // Same length, different content: only the sha512 check can tell.
      const body = mode === 'corrupt' ? Buffer.from(good).fill(0x42, 1024, 2048) : good;
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length) });
      if (mode === 'drop') {
        // The network goes away halfway through the installer.
        res.write(body.subarray(0, body.length / 2), () => res.socket?.destroy());
        return;
      }
      if (mode === 'stall') {
        // A slow line: half the installer, then nothing until the client gives up (or close()).
        res.write(body.subarray(0, body.length / 2));
        return;
      }
      res.end(body);
      return;
    }
    // No blockmaps: electron-updater falls back from a differential to a full download.
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/simpul/`,
    requests,
    setInstaller: (next) => {
      mode = next;
    },
    setVersion: (next) => {
      version = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens: the head-office server is down. */
export async function unreachableFeedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/simpul/`;
}

export interface FakeApp extends AppAdapter {
  quitHandlers: Array<(exitCode: number) => void>;
  quits: number;
}

/**
 * What electron-updater asks of Electron's app, in a temporary folder. app-update.yml is what
 * electron-builder writes into resources/ (the feed URL in it is replaced at run time by the
 * office's setting); publisherName appears there for signed builds.
 */
export function fakeApp(dir: string, version: string, publisherName?: string): FakeApp {
  const resources = join(dir, 'resources');
  mkdirSync(resources, { recursive: true });
  const config = ['provider: generic', 'url: https://updates.example.invalid/simpul', 'updaterCacheDirName: simpul-updater'];
  if (publisherName) config.push(`publisherName:\n  - ${publisherName}`);
  writeFileSync(join(resources, 'app-update.yml'), `${config.join('\n')}\n`);
  const app: FakeApp = {
    version,
    name: 'Simpul',
    isPackaged: true,
    appUpdateConfigPath: join(resources, 'app-update.yml'),
    userDataPath: join(dir, 'userData'),
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => {},
    quit: () => {
      app.quits += 1;
    },
    onQuit: (handler) => {
      app.quitHandlers.push(handler);
    },
    quitHandlers: [],
    quits: 0,
  };
  return app;
}

/** Electron's net module replaced by Node's http, with the download path Electron's executor has. */
export class NodeUpdateHttpExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest {
    return request(options, callback);
  }

  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error) => (error == null ? resolve(destination) : reject(error)),
          responseHandler: null,
        },
        0,
      );
    });
  }
}
