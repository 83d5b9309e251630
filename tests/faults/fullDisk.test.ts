import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileLogger } from '../../electron/core';
import { STORAGE_MESSAGES } from '../../electron/core/sqliteErrors';
import { bundleChild, childReport, repoRoot } from '../helpers/childScript';
import { storageHealth } from '../helpers/fuzz/harness';
import { inPrivateTmpfs, privateMountsAvailable } from '../helpers/storageSandbox';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, tempDir } from '../helpers/tempCore';

/**
 * A full disk: the write that does not fit is refused with the storage message, nothing of it
 * is kept (not even its document file), everything committed before is intact, the log names
 * the channel and the SQLite code but none of the request's data, and Simpul works again once
 * there is room. Two ways: SQLite's max_page_count makes the database file "full" anywhere;
 * a tiny tmpfs in a private mount namespace fills the real disk where mounts are allowed.
 */
const FULL = STORAGE_MESSAGES.full.id;
const approaches: string[] = [];
afterAll(() => console.log(`full disk: ${approaches.join('; ')}`));

describe('full database file (max_page_count)', () => {
  it('refuses the write that does not fit, keeps earlier data, logs no personal data, and recovers', async () => {
    const dir = tempDir('simpul-full-');
    const logDir = join(dir, 'logs');
    const log = createFileLogger({ dir: logDir });
    const t = await openTempCore({ dbPath: join(dir, 'simpul.sqlite'), logError: log.logError });
    try {
      await t.must('settings.update', EXAMPLE_OFFICE);
      const [group] = await t.must('agencyGroups.list');
      const raw = t.core.runtime.current().raw;
      const pages = Number(raw.pragma('page_count', { simple: true }));
      raw.pragma(`max_page_count = ${pages + 40}`);

      const saved: string[] = [];
      let refused: { code: string; message: string } | null = null;
      let before = '';
      for (let i = 0; i < 1000 && !refused; i++) {
        before = databaseChecksum(t.dbPath);
        const r = await t.call('agencies.create', {
          name: `Dinas Rahasia Budiarto ${i}`,
          groupId: group!.id,
          phone: '0812-9876-5432',
          notes: 'Catatan pribadi narahubung. '.repeat(100),
        });
        if (r.ok) saved.push(r.value.id);
        else refused = r.error;
      }
      approaches.push(`max_page_count: refused after ${saved.length} saved records`);
      expect(saved.length).toBeGreaterThan(0);
      expect(refused).toMatchObject({ code: 'STORAGE', message: FULL });
      expect(databaseChecksum(t.dbPath)).toBe(before);
      expect(storageHealth(t.dbPath)).toEqual({ integrity: 'ok', foreignKeyViolations: 0 });

      // A document: the file is written first, then its row; the refused row takes the file with it.
      const printed = await t.call('roster.printDirectory', {});
      expect(printed).toMatchObject({ ok: false, error: { code: 'STORAGE', message: FULL } });
      const documents = join(dir, 'documents');
      const files = existsSync(documents) ? readdirSync(documents, { recursive: true }).filter((f) => String(f).endsWith('.pdf')) : [];
      expect(files).toEqual([]);

      const text = readFileSync(log.file, 'utf8');
      expect(text).toContain('[agencies.create]');
      expect(text).toContain('SQLITE_FULL');
      for (const secret of ['Budiarto', '9876', 'Catatan pribadi', 'INSERT INTO']) expect(text).not.toContain(secret);

      raw.pragma('max_page_count = 1073741823');
      const again = await t.call('agencies.create', { name: 'Dinas Setelah Disk Dikosongkan', groupId: group!.id });
      expect(again.ok).toBe(true);
      await t.reopen();
      const list = await t.must('agencies.list', { pageSize: 500, status: 'all' });
      const present = new Set(list.items.map((a) => a.id));
      expect(saved.filter((id) => !present.has(id))).toEqual([]);
    } finally {
      await t.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface FillReport {
  committed: number;
  failure: { ok: false; code: string; message: string } | null;
  documentOnFullDisk: { ok: boolean; code?: string; message?: string };
  integrity: string;
  missing: number;
  freshStart: { opened: boolean; error?: { name: string; message: string; fault?: string } };
}

describe('full disk (tmpfs)', () => {
  let probe: { file: string; dispose(): void } | null = null;
  beforeAll(async () => {
    if (privateMountsAvailable()) probe = await bundleChild(join(repoRoot, 'tests/faults/children/storageProbe.ts'));
  }, 60_000);
  afterAll(() => probe?.dispose());

  it('fills a real disk: clear refusals, every committed record kept, a fresh start refused with the full-disk message', async (ctx) => {
    if (!probe) {
      approaches.push('tmpfs: skipped (no private mounts here)');
      ctx.skip();
      return;
    }
    const mountDir = tempDir('simpul-full-mount-');
    try {
      const report = childReport<FillReport>(await inPrivateTmpfs(mountDir, 6, '', probe.file, ['fillDisk']));
      approaches.push(`6 MB tmpfs: ${report.committed} records saved before the disk was full`);
      expect(report.committed).toBeGreaterThan(10);
      expect(report.failure).toMatchObject({ ok: false, code: 'STORAGE', message: FULL });
      expect(report.documentOnFullDisk).toMatchObject({ ok: false, code: 'STORAGE', message: FULL });
      expect(report.integrity).toBe('ok');
      expect(report.missing).toBe(0);
      expect(report.freshStart.opened).toBe(false);
      expect(report.freshStart.error).toMatchObject({ name: 'DataFolderUnavailableError', fault: 'full' });
      expect(report.freshStart.error!.message).toContain('Penyimpanan penuh');
    } finally {
      rmSync(mountDir, { recursive: true, force: true });
    }
  });
});
