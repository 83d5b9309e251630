// Sums vitest's JSON reports into the one line CI reads: "Tests: N passed, N failed".
// Exits non-zero when no test ran or any failed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.tmp/reports';
let passed = 0;
let failed = 0;
let skipped = 0;
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
for (const file of files) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // Not in the "N passed, N failed" shape: only the total below is the line CI reads.
  console.log(`report ${file} -> passed ${report.numPassedTests ?? 0} / failed ${report.numFailedTests ?? 0}`);
}
if (skipped > 0) console.log(`skipped or todo: ${skipped}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
if (passed + failed === 0) {
  console.error('No tests ran.');
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
