import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { SECURITY_HEADERS } from './csp';
import { mimeTypeFor } from './mimeTypes';

/**
 * The app:// protocol: the renderer build served from one folder, never via file://
 * (Electron security checklist item 18). The path guard is a pure function so every
 * traversal trick can be tested without Electron.
 */

export type AppPathResolution = { status: 200; filePath: string; mimeType: string } | { status: 403 | 404 };

/** The two file-system questions the guard asks; injectable for tests. */
export interface FileProbe {
  realpath(path: string): string;
  isFile(path: string): boolean;
}

const nodeProbe: FileProbe = {
  realpath: (path) => realpathSync(path),
  isFile: (path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
};

const FORBIDDEN = { status: 403 } as const;
const NOT_FOUND = { status: 404 } as const;

// Encoded dots, slashes, backslashes and NUL never appear in URLs the renderer build emits;
// decoding them would turn data into path structure, so they are refused outright.
const ENCODED_STRUCTURE = /%(2e|2f|5c|00)/i;
// A "." or ".." segment in the URL as written: URL parsing would silently resolve it, so a
// caller that passes raw URLs (the browser preview, tests) gets the same refusal as Electron.
const DOT_SEGMENT = /[/\\]\.{1,2}([/\\]|$)/;
// Device names Windows resolves anywhere in a path (CON, NUL, COM1, ...).
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** Path segments of a URL path, or null when the path is anything but plain relative names. */
function safeSegments(pathname: string): string[] | null {
  if (ENCODED_STRUCTURE.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.startsWith('//')) return null;
  if (/[\\\0:]/.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.at(-1) === '') segments.pop(); // trailing slash
  for (const segment of segments) {
    if (segment === '' || segment.startsWith('.') || WINDOWS_DEVICE.test(segment)) return null;
  }
  return segments;
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

function hasExtension(segments: readonly string[]): boolean {
  const last = segments.at(-1);
  return last !== undefined && last.includes('.');
}

/** Resolves a file under root, following symlinks only while they stay under root. */
function serveFile(realRoot: string, segments: readonly string[], probe: FileProbe): AppPathResolution {
  const filePath = join(realRoot, ...segments);
  if (!isInside(realRoot, filePath)) return FORBIDDEN;
  if (!probe.isFile(filePath)) return NOT_FOUND;
  let realFile: string;
  try {
    realFile = probe.realpath(filePath);
  } catch {
    return NOT_FOUND;
  }
  if (!isInside(realRoot, realFile)) return FORBIDDEN;
  return { status: 200, filePath: realFile, mimeType: mimeTypeFor(realFile) };
}

/**
 * Maps an app://simpul/... URL to a file under rootDir. Paths without an extension are
 * client-side routes and get index.html (the single-page app's router takes over).
 */
export function resolveAppPath(rootDir: string, requestUrl: string, probe: FileProbe = nodeProbe): AppPathResolution {
  const rawPath = requestUrl.split(/[?#]/, 1)[0];
  if (DOT_SEGMENT.test(rawPath) || ENCODED_STRUCTURE.test(rawPath) || /[\\\0]/.test(rawPath)) return FORBIDDEN;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return FORBIDDEN;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return FORBIDDEN;
  // A non-special scheme without a path ("app://simpul") has an empty pathname in Node.
  const segments = safeSegments(url.pathname || '/');
  if (segments === null) return FORBIDDEN;
  let realRoot: string;
  try {
    realRoot = probe.realpath(rootDir);
  } catch {
    return NOT_FOUND;
  }
  return serveFile(realRoot, hasExtension(segments) ? segments : ['index.html'], probe);
}

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

const STATUS_TEXT: Record<number, string> = { 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed' };

function errorResponse(status: 403 | 404 | 405): Response {
  return new Response(STATUS_TEXT[status], {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The handler given to protocol.handle('app', ...): web Request in, web Response out. */
export function createAppProtocolHandler(rootDir: string, readFile: ReadFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
    const resolved = resolveAppPath(rootDir, request.url);
    if (resolved.status !== 200) return errorResponse(resolved.status);
    let body: Uint8Array;
    try {
      body = await readFile(resolved.filePath);
    } catch {
      return errorResponse(404);
    }
    return new Response(request.method === 'HEAD' ? null : Buffer.from(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': resolved.mimeType, 'Cache-Control': 'no-cache' },
    });
  };
}

/**
 * Must run before app 'ready'. Standard + secure gives the pages a real origin, web storage
 * and a secure context; corsEnabled stays unset so no other origin can read app:// content.
 */
export function registerAppSchemeAsPrivileged(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After 'ready': serve rootDir on app://simpul/. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string, readFile: ReadFile): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir, readFile));
}
