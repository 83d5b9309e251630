import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { bundleChild, repoRoot } from '../helpers/childScript';
import { tempDir } from '../helpers/tempCore';

/**
 * Crash consistency: a child process writes records through dispatch and reports each
 * commit; it is killed with SIGKILL at random moments (during start-up and migration, between
 * and inside transactions, during WAL checkpoints), at least 100 times. After every kill the
 * database opens through openDatabase, `PRAGMA integrity_check` says ok, and every id the
 * child reported as committed, in this run or any earlier one, is there.
 */
const KILLS = Number(process.env.SIMPUL_CRASH_KILLS ?? 120);
// Deterministic unless asked otherwise, so a failure can be replayed with the same moments.
let seed = Number(process.env.SIMPUL_CRASH_SEED ?? 20_240_817);
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

let child: { file: string; dispose(): void };
beforeAll(async () => {
  child = await bundleChild(join(repoRoot, 'tests/faults/children/crashWriter.ts'));
}, 60_000);
afterAll(() => child?.dispose());

interface Run {
  committed: Array<[table: string, id: string]>;
  exitSignal: NodeJS.Signals | null;
  exitCode: number | null;
  stderr: string;
  killedBeforeReady: boolean;
}

/**
 * Starts the writer and kills it at a random moment: 15% of runs at a random time after the
 * start (during start-up, migration or the first writes), the others after a random number of
 * reported commits (0-40) plus a few random milliseconds, so the kill lands anywhere in the
 * write cycle however fast or slow the machine is.
 */
function runAndKill(dbPath: string): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const proc = spawn(process.execPath, [child.file, dbPath], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: Run['committed'] = [];
    let pending = '';
    let stderr = '';
    let ready = false;
    let timer: NodeJS.Timeout | undefined;
    const killSoon = (ms: number) => {
      timer ??= setTimeout(() => proc.kill('SIGKILL'), ms);
    };
    const duringStartup = random() < 0.15;
    const commitsBeforeKill = Math.floor(random() * 41);
    if (duringStartup) killSoon(random() * 600);
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!; // a line cut by the kill was never fully reported
      for (const line of lines) {
        if (line === 'ready') ready = true;
        else {
          const [table, id] = line.split(' ');
          committed.push([table!, id!]);
        }
        if (ready && !duringStartup && committed.length >= commitsBeforeKill) killSoon(random() * 8);
      }
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const watchdog = setTimeout(() => proc.kill('SIGKILL'), 60_000);
    proc.on('error', reject);
    proc.on('close', (exitCode, exitSignal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      resolveRun({ committed, exitCode, exitSignal, stderr, killedBeforeReady: !ready });
    });
  });
}

interface LaneResult {
  kills: number;
  killedDuringStartup: number;
  integrityOk: number;
  verified: number;
}

/** One database, killed again and again; checked after every kill. */
async function killLoop(kills: number): Promise<LaneResult> {
  const dir = tempDir('simpul-crash-');
  const dbPath = join(dir, 'simpul.sqlite');
  const everCommitted = new Map<string, string>();
  const result: LaneResult = { kills: 0, killedDuringStartup: 0, integrityOk: 0, verified: 0 };
  try {
    for (let i = 0; i < kills; i++) {
      const run = await runAndKill(dbPath);
      expect(run.exitSignal, `run ${i} ended by itself (code ${run.exitCode}): ${run.stderr}`).toBe('SIGKILL');
      result.kills++;
      if (run.killedBeforeReady) result.killedDuringStartup++;
      for (const [table, id] of run.committed) everCommitted.set(id, table);

      const db = await openDatabase({ dbPath, backupDir: join(dir, 'backups'), appVersion: '0.1.0-crash' });
      try {
        expect(db.raw.pragma('integrity_check', { simple: true })).toBe('ok');
        result.integrityOk++;
        const missing: string[] = [];
        const statements = new Map<string, ReturnType<typeof db.raw.prepare>>();
        for (const [id, table] of everCommitted) {
          if (!statements.has(table)) statements.set(table, db.raw.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`));
          if (statements.get(table)!.get(id) === undefined) missing.push(`${table} ${id}`);
        }
        expect(missing, `after kill ${i + 1}`).toEqual([]);
      } finally {
        await db.dataSource.destroy();
      }
    }
    result.verified = everCommitted.size;
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('crash consistency under SIGKILL', () => {
  it(`survives ${KILLS} kills with every reported commit intact`, async () => {
    const started = Date.now();
    // Two databases side by side: most of a run is Node starting, which two cores share well.
    const lanes = await Promise.all([killLoop(Math.ceil(KILLS / 2)), killLoop(Math.floor(KILLS / 2))]);
    const total = lanes.reduce((a, l) => ({
      kills: a.kills + l.kills,
      killedDuringStartup: a.killedDuringStartup + l.killedDuringStartup,
      integrityOk: a.integrityOk + l.integrityOk,
      verified: a.verified + l.verified,
    }));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `crash loop: ${total.kills} kills (${total.killedDuringStartup} during start-up), ${total.integrityOk} integrity checks ok, ` +
        `${total.verified} committed ids verified after every kill, ${seconds} s`,
    );
    expect(total.kills).toBe(KILLS);
    expect(total.integrityOk).toBe(KILLS);
    expect(total.verified).toBeGreaterThan(KILLS);
    // About a minute on an idle 2-core machine; generous for a busy one.
  }, 600_000);
});
