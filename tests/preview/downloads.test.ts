import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { localOperatorContext } from '../../electron/core';
import { FILES_PREFIX, PreviewDownloads } from '../../electron/preview/downloads';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { EXAMPLE_OFFICE, TEST_PASSWORD_PARAMS, tempDir } from '../helpers/tempCore';

const FILE = { path: '/tmp/simpul/documents/x.pdf', fileName: 'Daftar Narahubung.pdf', mimeType: 'application/pdf' };

describe('preview download links', () => {
  afterEach(() => vi.useRealTimers());

  it('offers a tokenised link to the file, in the mode asked for', async () => {
    const downloads = new PreviewDownloads();
    const result = await downloads.host().deliverFile(FILE, 'saveAs');
    expect(result).toMatchObject({ outcome: 'download', fileName: FILE.fileName });
    expect(result.url).toMatch(new RegExp(`^${FILES_PREFIX}[\\w-]{24}/Daftar%20Narahubung\\.pdf$`));
    expect(downloads.take(result.url!)).toMatchObject({ file: FILE, mode: 'saveAs' });
  });

  it('gives every delivery its own token', async () => {
    const downloads = new PreviewDownloads();
    const a = await downloads.host().deliverFile(FILE, 'open');
    const b = await downloads.host().deliverFile(FILE, 'open');
    expect(a.url).not.toBe(b.url);
  });

  it('stops working after ten minutes', async () => {
    vi.useFakeTimers({ now: new Date('2025-11-22T03:00:00Z') });
    const downloads = new PreviewDownloads();
    const { url } = await downloads.host().deliverFile(FILE, 'open');
    vi.setSystemTime(new Date('2025-11-22T03:09:59Z'));
    expect(downloads.take(url!)).not.toBeNull();
    vi.setSystemTime(new Date('2025-11-22T03:10:01Z'));
    expect(downloads.take(url!)).toBeNull();
  });

  it('knows no unknown token', () => {
    expect(new PreviewDownloads().take(`${FILES_PREFIX}tidak-ada/berkas.pdf`)).toBeNull();
  });
});

describe('preview server file route', () => {
  let preview: PreviewServer;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    preview = await startPreviewServer({ dbPath: join(dir, 'db.sqlite'), rendererDir: dir, auth: { passwordParams: TEST_PASSWORD_PARAMS } });
  });
  afterAll(async () => preview.close());

  it('serves a generated document through its link and 404s an unknown token', async () => {
    const ctx = localOperatorContext('test');
    expect((await preview.core.dispatch('settings.update', EXAMPLE_OFFICE, ctx)).ok).toBe(true);
    const printed = await preview.core.dispatch('roster.printDirectory', {}, ctx);
    if (!printed.ok) throw new Error(JSON.stringify(printed.error));
    const admin = { username: 'admin.unduh', fullName: 'Admin Unduh', password: 'kunci-unduhan-1' };
    expect((await preview.core.dispatch('auth.setupAdmin', admin, ctx)).ok).toBe(true);
    const api = (channel: string, input: unknown) =>
      fetch(`${preview.origin}/__simpul/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: preview.origin, 'x-simpul-token': preview.token, 'x-simpul-tab': 'unduhan-0123456789abcdefghij' },
        body: JSON.stringify({ input }),
      });
    expect(((await (await api('auth.login', { username: admin.username, password: admin.password })).json()) as { ok: boolean }).ok).toBe(true);
    const res = await api('documents.deliver', { id: (printed.value as { id: string }).id, mode: 'saveAs' });
    const delivered = (await res.json()) as { ok: boolean; value: { outcome: string; url: string } };
    expect(delivered).toMatchObject({ ok: true, value: { outcome: 'download' } });

    const file = await fetch(`${preview.origin}${delivered.value.url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''Daftar%20Narahubung/);
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    const unknown = await fetch(`${preview.origin}${FILES_PREFIX}tidak-ada/berkas.pdf`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('tidak ditemukan');
  });
});
