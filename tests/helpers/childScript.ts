import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawn, type SpawnOptions } from 'node:child_process';
import { build } from 'esbuild';

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript entry (and the project code it imports) into one .mjs that plain
 * `node` starts quickly: tests that spawn a child many times pay for the TypeScript
 * transform once. Packages stay external and resolve from the repository's node_modules,
 * which is why the bundle lives under node_modules/.cache.
 */
export async function bundleChild(entry: string): Promise<{ file: string; dispose(): void }> {
  const cache = join(repoRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'simpul-child-'));
  const file = join(dir, 'child.mjs');
  await build({
    entryPoints: [resolve(entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  // Readable by everyone: some tests run the child as an unprivileged user.
  chmodSync(dir, 0o755);
  chmodSync(file, 0o644);
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export { repoRoot };

export interface ChildOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and collects its output. */
export function runCommand(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<ChildOutcome> {
  return new Promise((resolveRun, reject) => {
    const proc = spawn(command, args, { cwd: repoRoot, ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    proc.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    proc.on('error', reject);
    proc.on('close', (code, signal) => resolveRun({ code, signal, stdout, stderr }));
  });
}

/** The last JSON line a child printed (its report), or a failure naming what it printed instead. */
export function childReport<T>(outcome: ChildOutcome): T {
  const line = outcome.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new Error(`child printed no report (code ${outcome.code}, signal ${outcome.signal}):\n${outcome.stdout}\n${outcome.stderr}`);
  }
}
