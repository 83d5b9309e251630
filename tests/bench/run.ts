/**
 * npm run bench: prints figures and ratios (nothing is asserted; timings vary by machine).
 * Each later feature adds its own *.bench.ts and one line below.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAgencies } from './agencies.bench';
import { benchArchive } from './archive.bench';
import { benchAudit } from './audit.bench';
import { benchCases } from './cases.bench';
import { benchCommitments } from './commitments.bench';
import { benchDatabaseOpen } from './database.bench';
import { benchRoster } from './roster.bench';

const dir = mkdtempSync(join(tmpdir(), 'simpul-bench-'));
console.log(`Simpul benchmarks (node ${process.version}, ${process.platform}/${process.arch})`);
try {
  await benchDatabaseOpen(dir);
  await benchAgencies(dir);
  await benchRoster(dir);
  await benchCases(dir);
  await benchCommitments(dir);
  await benchArchive(dir);
  await benchAudit(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
