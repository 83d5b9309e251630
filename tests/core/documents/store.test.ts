import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/core/documents/atomicWrite';
import { documentFileName } from '../../../electron/core/documents/fileNames';
import { storeGeneratedDocument } from '../../../electron/core/documents/store';
import type { ServiceContext } from '../../../electron/core/service';
import { defaultResourcesDir } from '../../../electron/core/resources';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, tempDir } from '../../helpers/tempCore';
import { openDemoCore, type DemoCore } from './demoCore';

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file behind', async () => {
    const dir = tempDir();
    const target = join(dir, 'sub', 'dokumen.pdf');
    await writeFileAtomic(target, Buffer.from('%PDF-1.7 isi'));
    await writeFileAtomic(target, Buffer.from('%PDF-1.7 isi baru'));
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 isi baru');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['dokumen.pdf']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves neither a partial file nor its temporary file when the write fails', async () => {
    const dir = tempDir();
    // The final rename fails: a folder already has the target's name.
    const target = join(dir, 'dokumen.pdf');
    mkdirSync(target);
    await expect(writeFileAtomic(target, Buffer.alloc(64 * 1024, 1))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['dokumen.pdf']);
    expect(readdirSync(target)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('documentFileName', () => {
  it('keeps readable parts and drops characters Windows refuses', () => {
    expect(documentFileName(['Berita Acara', 'Dinas PU/PR: "Kota" <Pangkalpinang>?', '2025-11-22'], 'pdf')).toBe(
      'Berita Acara - Dinas PU PR Kota Pangkalpinang - 2025-11-22.pdf',
    );
    expect(documentFileName(['   ', '...'], 'xlsx')).toBe('Dokumen.xlsx');
    expect(documentFileName(['Surat\u0007Dinas\tKota'], 'pdf')).toBe('Surat Dinas Kota.pdf');
    expect(documentFileName(['x'.repeat(400)], 'pdf')).toHaveLength(154);
  });
});

describe('stored documents and documents.deliver', () => {
  let core: DemoCore;
  let dbPath: string;
  beforeAll(async () => {
    core = await openDemoCore(10);
    dbPath = join(core.dir, 'simpul.sqlite');
  });
  afterAll(async () => core.close());

  const setRelPath = (id: string, relPath: string) => {
    const db = new Database(dbPath);
    db.prepare('UPDATE generated_documents SET rel_path = ? WHERE id = ?').run(relPath, id);
    db.close();
  };

  it('keeps generated files under the documents folder by id, never by user text', async () => {
    const doc = await core.must('roster.printDirectory', {});
    const file = await core.fileOf(doc.id);
    expect(file.path).toBe(join(core.paths.documentsDir, '2025', `${doc.id}.pdf`));
    expect(file).toMatchObject({ fileName: doc.fileName, mimeType: 'application/pdf' });
    expect(readdirSync(join(core.paths.documentsDir, '2025')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('hands the file to the host in the mode asked for', async () => {
    const doc = await core.must('roster.printDirectory', {});
    const calls: string[] = [];
    const host = { deliverFile: async (_f: unknown, mode: 'open' | 'saveAs') => (calls.push(mode), { outcome: 'saved' as const, fileName: doc.fileName }) };
    const r = await core.call('documents.deliver', { id: doc.id, mode: 'saveAs' }, { ...core.ctx, host });
    expect(r).toEqual({ ok: true, value: { outcome: 'saved', fileName: doc.fileName } });
    expect(calls).toEqual(['saveAs']);
  });

  it('says clearly, in Indonesian, when the file has gone missing', async () => {
    const doc = await core.must('roster.printDirectory', {});
    rmSync((await core.fileOf(doc.id)).path);
    const r = await core.call('documents.deliver', { id: doc.id, mode: 'open' }, { ...core.ctx, host: { deliverFile: async () => ({ outcome: 'opened', fileName: '' }) } });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('tidak ditemukan di folder dokumen Simpul') } });
    expect(r.ok ? '' : r.error.message).toContain(doc.fileName);
  });

  it('refuses a record whose path leads outside the documents folder', async () => {
    const doc = await core.must('roster.printDirectory', {});
    writeFileSync(join(core.dir, 'simpul-secret.txt'), 'rahasia');
    const host = { deliverFile: async () => ({ outcome: 'opened' as const, fileName: '' }) };
    setRelPath(doc.id, '../simpul-secret.txt');
    expect(await core.call('documents.deliver', { id: doc.id, mode: 'open' }, { ...core.ctx, host })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // A link inside the folder that points outside it is refused too.
    symlinkSync(join(core.dir, 'simpul-secret.txt'), join(core.paths.documentsDir, 'tautan.pdf'));
    setRelPath(doc.id, 'tautan.pdf');
    expect(await core.call('documents.deliver', { id: doc.id, mode: 'open' }, { ...core.ctx, host })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers an unknown id with NOT_FOUND and bad input with VALIDATION', async () => {
    const host = { deliverFile: async () => ({ outcome: 'opened' as const, fileName: '' }) };
    const unknown = await core.call('documents.deliver', { id: '01900000-0000-7000-8000-000000000000', mode: 'open' }, { ...core.ctx, host });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const bad = await core.call('documents.deliver', { id: 'x', mode: 'print' } as never, { ...core.ctx, host });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('records nothing and leaves no file when the documents folder cannot be written', async () => {
    const blocked = await openDemoCore(3);
    // The demo stores its printed commitment sheets; the folder goes, a plain file takes its place.
    rmSync(blocked.paths.documentsDir, { recursive: true, force: true });
    writeFileSync(blocked.paths.documentsDir, 'not a folder');
    const before = databaseChecksum(join(blocked.dir, 'simpul.sqlite'));
    const r = await blocked.call('roster.printDirectory', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(databaseChecksum(join(blocked.dir, 'simpul.sqlite'))).toBe(before);
    await blocked.close();
  });

  it('removes the written file again when recording it fails', async () => {
    const dir = tempDir();
    const ctx = {
      manager: {
        findOne: async () => ({ officeCode: 'BABEL' }),
        insert: async () => {
          throw new Error('disk I/O error');
        },
      },
      audit: { record: async () => {} },
      now: () => new Date('2025-11-22T03:00:00Z'),
      paths: { documentsDir: join(dir, 'documents') },
    } as unknown as ServiceContext;
    const input = { kind: 'uji', title: 'Uji', fileName: 'Uji.pdf', mimeType: 'application/pdf', bytes: Buffer.from('%PDF-'), pages: 1 };
    await expect(storeGeneratedDocument(input, ctx)).rejects.toThrow('disk I/O error');
    expect(readdirSync(join(dir, 'documents', '2025'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('resources folder', () => {
  it('defaults to the repository resources/ and can be injected', async () => {
    expect(defaultResourcesDir()).toBe(resolve(import.meta.dirname, '../../../resources'));
    const empty = tempDir();
    const t = await openTempCore({ resourcesDir: empty });
    try {
      expect(t.core.paths.resourcesDir).toBe(empty);
      await t.must('settings.update', EXAMPLE_OFFICE);
      // Without its fonts no document can be made; the error is a value, nothing is recorded.
      expect(await t.call('roster.printDirectory', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    } finally {
      await t.cleanup();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
