import { spawnSync, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand, type ChildOutcome } from './childScript';

/**
 * Ways to make a data folder really read-only or really full for a child process.
 *
 * Read-only by permissions: tests often run as root, for whom chmod stops nothing. The child
 * then runs as an unprivileged user (uid/gid 65534, "nobody"), for whom a 0555 folder and a
 * 0444 file are what they are on a clerk's PC; as an ordinary user the child runs as is.
 *
 * A read-only drive and a full disk: a tmpfs mounted in a private mount namespace
 * (`unshare -m`), so the mount exists only for the child and vanishes with it, however the
 * test ends. Needs root (CAP_SYS_ADMIN); where that is missing these cases are skipped, and
 * the portable full-database case (max_page_count) still runs.
 */
export const NOBODY = 65534;
export const isRoot = () => process.getuid?.() === 0;

/** Spawn options that make folder permissions apply to the child. */
export function unprivileged(): SpawnOptions {
  return isRoot() ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: tmpdir() } } : {};
}

let mountSupport: boolean | null = null;
export function privateMountsAvailable(): boolean {
  if (mountSupport !== null) return mountSupport;
  const probe = mkdtempSync(join(tmpdir(), 'simpul-mount-probe-'));
  try {
    const r = spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs "$1" && mount -o remount,ro "$1"', 'sh', probe], { stdio: 'ignore' });
    mountSupport = r.status === 0;
  } catch {
    mountSupport = false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
  return mountSupport;
}

/**
 * Runs `node <script> <args...> <mountDir>` with a fresh tmpfs of `sizeMb` at mountDir, visible
 * only to that child. `prepare` is shell run after mounting (e.g. copying a database in and
 * remounting read-only), with $1 = mountDir.
 */
export function inPrivateTmpfs(mountDir: string, sizeMb: number, prepare: string, script: string, args: readonly string[]): Promise<ChildOutcome> {
  const shell = `mount -t tmpfs -o size=${sizeMb}m tmpfs "$1" && ${prepare || 'true'} && shift && exec "$@"`;
  return runCommand('unshare', ['-m', 'sh', '-c', shell, 'sh', mountDir, process.execPath, script, ...args, mountDir]);
}
