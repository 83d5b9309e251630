import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest globalSetup: every test run gets its own temporary folder, handed to the test
 * workers through TMPDIR (which os.tmpdir() reads), and removed when the run ends, so the
 * databases, documents and browser profiles tests make do not pile up in /tmp.
 * SIMPUL_KEEP_TMP=1 keeps it for a look after a failure.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-run-'));
  // Readable by all: the read-only-folder tests run a child as another user (uid 65534).
  chmodSync(dir, 0o755);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (process.env.SIMPUL_KEEP_TMP === '1') console.log(`test files kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
}
