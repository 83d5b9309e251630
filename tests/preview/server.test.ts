import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOperatorContext } from '../../electron/core';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { EXAMPLE_OFFICE, TEST_PASSWORD_PARAMS, tempDir } from '../helpers/tempCore';

let preview: PreviewServer;
let dir: string;

beforeAll(async () => {
  dir = tempDir();
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'top secret');
  preview = await startPreviewServer({ dbPath: join(dir, 'db.sqlite'), rendererDir: renderer, auth: { passwordParams: TEST_PASSWORD_PARAMS } });
  await preview.core.dispatch('auth.setupAdmin', ADMIN, localOperatorContext('test'));
  await post('auth.login', { input: { username: ADMIN.username, password: ADMIN.password } });
});

const ADMIN = { username: 'admin.pratinjau', fullName: 'Admin Pratinjau', password: 'kunci-pratinjau-1' };
/** Each browser tab has its own id and its own sign-in; the tests below use tab A unless told. */
const TAB_A = 'tab-a-0123456789abcdefghijklmn';
const TAB_B = 'tab-b-0123456789abcdefghijklmn';
afterAll(async () => preview.close());

const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${preview.origin}/__simpul/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: preview.origin, 'x-simpul-token': preview.token, 'x-simpul-tab': TAB_A, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Raw request, so paths and headers reach the server exactly as written. */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const url = new URL(preview.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser preview server', () => {
  it('listens on loopback only and prints a URL with the token', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}#\/$/);
  });

  it('serves the app with the bridge injected and the CSP header', async () => {
    const res = await fetch(`${preview.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html.indexOf('/__simpul/bridge.js')).toBeLessThan(html.indexOf('/assets/app.js'));
    const bridge = await (await fetch(`${preview.origin}/__simpul/bridge.js`)).text();
    expect(bridge).toContain('"agencies.list"');
    expect(bridge).not.toContain(preview.token);
  });

  it('runs the real dispatch for a caller with token and origin', async () => {
    const res = await post('settings.update', { input: EXAMPLE_OFFICE });
    const body = (await res.json()) as { ok: boolean; value: { officeCode: string } };
    expect(body.ok).toBe(true);
    expect(body.value.officeCode).toBe('BABEL');
    const bad = (await (await post('agencies.create', { input: { name: '' } })).json()) as { ok: boolean; error: { fields: Record<string, { message: string }> } };
    expect(bad.ok).toBe(false);
    expect(bad.error.fields.name.message).toBe('Wajib diisi');
  });

  it('turns away callers without the token, from other origins, or under another host name', async () => {
    expect((await post('system.status', {}, { 'x-simpul-token': 'guess' })).status).toBe(403);
    expect((await post('system.status', {}, { origin: 'http://evil.example' })).status).toBe(403);
    const noOrigin = await fetch(`${preview.origin}/__simpul/api/system.status`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-simpul-token': preview.token }, body: '{}' });
    expect(noOrigin.status).toBe(403);
    expect((await post('system.status', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post('system.status', 'not json')).status).toBe(400);
    const port = new URL(preview.origin).port;
    expect((await raw('/', { host: `rebind.example:${port}` })).status).toBe(421);
    expect((await raw('/__simpul/api/system.status')).status).toBe(405);
  });

  it('keeps one sign-in per browser tab; the session id never reaches the page', async () => {
    const other = (await (await post('agencies.list', { input: {} }, { 'x-simpul-tab': TAB_B })).json()) as { ok: boolean; error: { code: string } };
    expect(other).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const login = await (await post('auth.login', { input: { username: ADMIN.username, password: ADMIN.password } }, { 'x-simpul-tab': TAB_B })).text();
    expect(JSON.parse(login)).toMatchObject({ ok: true, value: { user: { username: ADMIN.username } } });
    expect(login).not.toMatch(/sessionId|"id":"[A-Za-z0-9_-]{43}"/);
    expect(login).not.toContain(ADMIN.password);
    expect(((await (await post('auth.logout', {}, { 'x-simpul-tab': TAB_B })).json()) as { ok: boolean }).ok).toBe(true);
    const after = (await (await post('agencies.list', { input: {} }, { 'x-simpul-tab': TAB_B })).json()) as { error: { code: string } };
    expect(after.error.code).toBe('UNAUTHENTICATED');
    // Tab A is still signed in.
    expect(((await (await post('agencies.list', { input: {} })).json()) as { ok: boolean }).ok).toBe(true);
  });

  it('refuses a call without a well-formed tab id', async () => {
    expect((await post('auth.status', {}, { 'x-simpul-tab': '' })).status).toBe(400);
    expect((await post('auth.status', {}, { 'x-simpul-tab': 'kurz' })).status).toBe(400);
    expect((await post('auth.status', {}, { 'x-simpul-tab': '../../etc/passwd-aaaaaaaaaaaaaaaa' })).status).toBe(400);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const res = await raw(path);
      expect(res.body).not.toContain('top secret');
      expect([403, 404]).toContain(res.status);
    }
    expect((await raw('/assets/app.js')).status).toBe(200);
  });
});
