import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAppProtocolHandler,
  handleAppProtocol,
  registerAppSchemeAsPrivileged,
  resolveAppPath,
} from '../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';

/**
 * A renderer build in a temp folder, with a secret file next to it that no URL may reach.
 *   <tmp>/outside/secret.txt
 *   <tmp>/root/{index.html, assets/app.js, assets/app.css, logo.png, fonts/a.woff2, ...}
 *   <tmp>/root/leak.txt      -> symlink to ../outside/secret.txt
 *   <tmp>/root/outside-dir   -> symlink to ../outside
 *   <tmp>/root/alias.js      -> symlink to assets/app.js (stays inside: allowed)
 */
const base = mkdtempSync(join(tmpdir(), 'simpul-protocol-'));
const root = join(base, 'root');
let realRoot: string;
const SECRET = 'RAHASIA: tidak boleh terbaca';
let symlinks = true;

beforeAll(() => {
  mkdirSync(join(base, 'outside'));
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'fonts'));
  writeFileSync(join(base, 'outside', 'secret.txt'), SECRET);
  writeFileSync(join(base, 'outside', 'passwd'), SECRET);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Simpul</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, 'logo.svg'), '<svg/>');
  writeFileSync(join(root, 'fonts', 'a.woff2'), 'w');
  writeFileSync(join(root, 'data.json'), '{}');
  writeFileSync(join(root, 'blob.bin'), 'b');
  try {
    symlinkSync(join(base, 'outside', 'secret.txt'), join(root, 'leak.txt'));
    symlinkSync(join(base, 'outside'), join(root, 'outside-dir'), 'dir');
    symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
  } catch {
    symlinks = false; // Windows without developer mode: symlink cases are skipped below.
  }
  realRoot = realpathSync(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppPath', () => {
  it.each([
    ['app://simpul/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://simpul/assets/app.js', 'assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://simpul/assets/app.css', 'assets/app.css', 'text/css; charset=utf-8'],
    ['app://simpul/logo.png', 'logo.png', 'image/png'],
    ['app://simpul/logo.svg', 'logo.svg', 'image/svg+xml'],
    ['app://simpul/fonts/a.woff2', 'fonts/a.woff2', 'font/woff2'],
    ['app://simpul/data.json', 'data.json', 'application/json; charset=utf-8'],
    ['app://simpul/blob.bin', 'blob.bin', 'application/octet-stream'],
    ['app://simpul/assets/app.js?v=3#x', 'assets/app.js', 'text/javascript; charset=utf-8'],
  ])('serves %s', (url, file, mimeType) => {
    expect(resolveAppPath(root, url)).toEqual({ status: 200, filePath: join(realRoot, file), mimeType });
  });

  it.each([
    'app://simpul/',
    'app://simpul',
    'app://simpul/agencies',
    'app://simpul/agencies/0190a1b2-aaaa-7bbb-8ccc-123456789abc',
    'app://simpul/settings/',
    'app://simpul/cases?status=open',
    'app://simpul/assets',
  ])('falls back to index.html for the client route %s', (url) => {
    expect(resolveAppPath(root, url)).toEqual({
      status: 200,
      filePath: join(realRoot, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
  });

  it('answers 404 for a missing file with an extension', () => {
    expect(resolveAppPath(root, 'app://simpul/assets/missing.js')).toEqual({ status: 404 });
    expect(resolveAppPath(root, 'app://simpul/outside/secret.txt')).toEqual({ status: 404 });
  });

  it('answers 404 when the root itself is missing', () => {
    expect(resolveAppPath(join(base, 'no-such-root'), 'app://simpul/index.html')).toEqual({ status: 404 });
  });

  it.each([
    ['dot-dot segments', 'app://simpul/../../etc/passwd'],
    ['dot-dot to the sibling folder', 'app://simpul/../outside/secret.txt'],
    ['dot-dot after a folder', 'app://simpul/assets/../../outside/secret.txt'],
    ['a single dot segment', 'app://simpul/./index.html'],
    ['encoded dot-dot-slash', 'app://simpul/%2e%2e%2f%2e%2e%2foutside%2fsecret.txt'],
    ['encoded dots only', 'app://simpul/%2e%2e/outside/secret.txt'],
    ['upper-case encoded dots', 'app://simpul/%2E%2E%2Foutside%2Fsecret.txt'],
    ['encoded backslash', 'app://simpul/..%5c..%5coutside%5csecret.txt'],
    ['raw backslashes', 'app://simpul/..\\..\\outside\\secret.txt'],
    ['encoded NUL', 'app://simpul/index.html%00.png'],
    ['raw NUL', 'app://simpul/index.html\0.png'],
    ['an absolute path', 'app://simpul//etc/passwd'],
    ['an absolute temp path', `app://simpul/${join(base, 'outside', 'secret.txt')}`],
    ['a Windows drive', 'app://simpul/C:/Windows/win.ini'],
    ['a Windows device name', 'app://simpul/NUL.txt'],
    ['a dotfile', 'app://simpul/.env'],
    ['an encoded slash', 'app://simpul/assets%2fapp.js'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://simpul.evil.example/index.html'],
    ['credentials', 'app://user:pw@simpul/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['an https URL', 'https://simpul/index.html'],
    ['a malformed URL', 'not a url'],
    ['malformed percent-encoding', 'app://simpul/%E0%A4%A.js'],
  ])('refuses %s with 403', (_name, url) => {
    expect(resolveAppPath(root, url)).toEqual({ status: 403 });
  });

  it.runIf(process.platform !== 'win32')('refuses a file path that only exists as an absolute path', () => {
    // Normalised by the URL parser into a path under root, which does not exist there.
    expect(resolveAppPath(root, `app://simpul${join(base, 'outside', 'secret.txt')}`).status).not.toBe(200);
  });

  describe('symlinks', () => {
    it('refuses a file symlink that escapes the root', ({ skip }) => {
      if (!symlinks) skip();
      expect(resolveAppPath(root, 'app://simpul/leak.txt')).toEqual({ status: 403 });
    });

    it('refuses a folder symlink that escapes the root', ({ skip }) => {
      if (!symlinks) skip();
      expect(resolveAppPath(root, 'app://simpul/outside-dir/secret.txt')).toEqual({ status: 403 });
    });

    it('follows a symlink that stays inside the root', ({ skip }) => {
      if (!symlinks) skip();
      expect(resolveAppPath(root, 'app://simpul/alias.js')).toMatchObject({
        status: 200,
        filePath: join(realRoot, 'assets', 'app.js'),
      });
    });
  });
});

describe('createAppProtocolHandler', () => {
  const reads: string[] = [];
  const readSpy = vi.fn(async (filePath: string) => {
    reads.push(filePath);
    return readFile(filePath);
  });
  let handler: (request: Request) => Promise<Response>;

  beforeEach(() => {
    handler = createAppProtocolHandler(root, readSpy);
  });

  afterAll(() => {
    // Whatever was asked for above, nothing outside the root was ever opened.
    expect(reads.length).toBeGreaterThan(0);
    for (const path of reads) expect(path.startsWith(realRoot + sep)).toBe(true);
  });

  it('serves a file with its type and the security headers', async () => {
    const response = await handler(new Request('app://simpul/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves index.html with the CSP for a client route', async () => {
    const response = await handler(new Request('app://simpul/agencies/123'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Simpul</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://simpul/%2e%2e%2foutside%2fsecret.txt',
    'app://simpul/..%5coutside%5csecret.txt',
    'app://simpul/index.html%00.txt',
    'app://simpul//etc/passwd',
    'app://other/index.html',
    'app://simpul/leak.txt',
    'app://simpul/outside-dir/secret.txt',
    'app://simpul/outside/secret.txt',
    'app://simpul/assets/missing.js',
  ])('never leaks anything for %s', async (url) => {
    const response = await handler(new Request(url));
    expect(response.status === 403 || response.status === 404).toBe(true);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  // Request (like Chromium before it calls the handler) resolves dot segments first, so the
  // handler sees app://simpul/etc/passwd: a client route, answered with the app itself.
  it.each([
    ['app://simpul/../../etc/passwd', 200],
    ['app://simpul/../outside/passwd', 200],
    ['app://simpul/../outside/secret.txt', 404],
    ['app://simpul/assets/../../outside/secret.txt', 404],
  ])('answers %s from inside the root only (%i)', async (url, status) => {
    const response = await handler(new Request(url));
    expect(response.status).toBe(status);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    if (status === 200) expect(body).toContain('<title>Simpul</title>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler(new Request('app://simpul/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await handler(new Request('app://simpul/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404 when the file vanishes between check and read', async () => {
    const failing = createAppProtocolHandler(root, async () => {
      throw Object.assign(new Error('gone'), { code: 'ENOENT' });
    });
    expect((await failing(new Request('app://simpul/index.html'))).status).toBe(404);
  });

  it('reads the secret file only through the test itself', () => {
    // Sanity check of the fixture: the secret exists and is readable directly.
    expect(readFileSync(join(base, 'outside', 'secret.txt'), 'utf8')).toBe(SECRET);
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard, secure and fetchable, without CORS or CSP bypass', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppSchemeAsPrivileged(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme with the guarded handler', async () => {
    const protocol = { handle: vi.fn() };
    handleAppProtocol(protocol, root, (path) => readFile(path));
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0][1] as (request: Request) => Promise<Response>;
    expect((await handler(new Request('app://simpul/%2e%2e%2foutside%2fsecret.txt'))).status).toBe(403);
  });
});
