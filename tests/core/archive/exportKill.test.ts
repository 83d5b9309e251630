import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOffice, exportNow } from '../../helpers/archives';
import { bundleChild, repoRoot } from '../../helpers/childScript';
import { openTempCore, type TempCore } from '../../helpers/tempCore';

/**
 * A process killed while it writes an archive leaves no .simpul file, and what it left (the
 * temporary file) never passes verification: the zip's central directory and the signed
 * manifest are written last, and the file is renamed into place only after both are on disk.
 */
let t: TempCore;
let child: Awaited<ReturnType<typeof bundleChild>>;
beforeAll(async () => {
  child = await bundleChild(join(repoRoot, 'tests/core/archive/children/exportChild.ts'));
  t = await openTempCore(demoOffice({ agencyCount: 3000, extraRotations: 2 }));
  await t.must('system.loadDemo', {});
  await t.core.close();
}, 120_000);
afterAll(async () => {
  child?.dispose();
  await t?.cleanup();
});

function runUntil(predicate: (progress: { phase: string; bytesWritten: number }) => boolean): Promise<{ killed: boolean; seen: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child.file, t.dbPath], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = 0;
    let killed = false;
    createInterface({ input: proc.stdout }).on('line', (line) => {
      const p = JSON.parse(line) as { phase: string; bytesWritten: number };
      seen += 1;
      if (!killed && predicate(p)) {
        killed = true;
        proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    proc.on('exit', () => resolve({ killed, seen }));
  });
}

describe('a process killed during an export', () => {
  it('leaves no archive, and the temporary file it left fails verification', async () => {
    const { killed } = await runUntil((p) => p.phase === 'reading' && p.bytesWritten > 64 * 1024);
    expect(killed).toBe(true);
    await t.reopen();
    const exportsDir = join(t.core.paths.dataDir, 'exports');
    const names = readdirSync(exportsDir);
    expect(names.filter((n) => n.endsWith('.simpul'))).toEqual([]);
    const temps = names.filter((n) => n.endsWith('.tmp'));
    expect(temps.length).toBe(1);
    const verified = await t.must('archive.verify', { token: await t.core.stageFile('archive', join(exportsDir, temps[0]!)) });
    expect(verified.ok).toBe(false);
    expect(verified.problem?.key).toMatch(/^archive(Truncated|NotZip)$/);
    // The export is shown as interrupted, and a new one completes.
    const [row] = await t.must('archive.exports', {});
    expect(row?.status).toBe('interrupted');
    const fresh = await exportNow(t, { kind: 'full' });
    expect((await t.must('archive.verify', { token: await t.core.stageFile('archive', fresh.path) })).ok).toBe(true);
  });
});
