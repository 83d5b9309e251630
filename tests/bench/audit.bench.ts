import { join } from 'node:path';
import { localOperatorContext, openCore } from '../../electron/core';
import { AuditTrail } from '../../electron/core/audit/trail';
import { verifyAudit } from '../../electron/core/audit/queries';
import { PasswordHasher } from '../../electron/core/auth/passwords';
import { openDatabase } from '../../electron/core/db/open';
import { uuidv7 } from '../../shared/uuid';
import { ms, row, summarize, timeEach } from './stats';

const BATCHES = 20;
const PER_BATCH = 1000;

/**
 * Sign-in cost (scrypt at the default N = 2^17, one derivation per attempt) and the audit hash
 * chain: appending entries through AuditTrail (hash + chain trigger) against plain inserts of the
 * same rows into a table without either, and audit.verify over the whole chain.
 */
export async function benchAudit(dir: string): Promise<void> {
  console.log('\nsign-in and audit trail');
  const hasher = new PasswordHasher();
  const stored = await hasher.hash('kata-sandi-bench-1');
  console.log(row('scrypt hash (N=2^17, r=8, p=1)', summarize(await timeEach(5, () => hasher.hash('kata-sandi-bench-1')))));
  console.log(row('scrypt verify, known user', summarize(await timeEach(5, () => hasher.verify('kata-sandi-bench-1', stored)))));
  console.log(row('scrypt verify, unknown user (decoy)', summarize(await timeEach(5, () => hasher.verifyNobody('kata-sandi-bench-1')))));

  const core = await openCore({ dbPath: join(dir, 'login.sqlite'), backupDir: dir, appVersion: 'bench', logError: () => {} });
  await core.dispatch('auth.setupAdmin', { username: 'admin.bench', fullName: 'Admin Bench', password: 'kata-sandi-bench-1' }, localOperatorContext('cli'));
  await core.close();

  const db = await openDatabase({ dbPath: join(dir, 'audit.sqlite'), backupDir: dir, appVersion: 'bench' });
  db.raw.exec(`CREATE TABLE audit_plain AS SELECT id, office_code, at, actor_id, actor_name, transport, channel, action, entity, entity_id, before_json, after_json FROM audit_log WHERE 0`);
  const ctx = localOperatorContext('cli');
  const changes = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ entity: 'agency', entityId: uuidv7(), action: 'update', before: { name: `Dinas ${i}`, phone: '0717 1' }, after: { name: `Dinas ${i} Baru`, phone: '0717 2' } }));
  const chained = await timeEach(BATCHES, () =>
    db.dataSource.transaction((manager) => new AuditTrail(manager, ctx, 'bench', async () => 'BENCH', () => new Date()).recordMany(changes(PER_BATCH))),
  );
  const insertPlain = db.raw.prepare(`INSERT INTO audit_plain VALUES (?, 'BENCH', ?, 'x', 'X', 'cli', 'bench', 'update', 'agency', ?, ?, ?)`);
  const plain = await timeEach(BATCHES, () =>
    db.raw.transaction(() => {
      for (const c of changes(PER_BATCH)) insertPlain.run(uuidv7(), new Date().toISOString(), c.entityId, JSON.stringify(c.before), JSON.stringify(c.after));
    })(),
  );
  const a = summarize(chained);
  const b = summarize(plain);
  console.log(row(`append ${PER_BATCH} chained entries (AuditTrail)`, a));
  console.log(row(`append ${PER_BATCH} plain rows (raw, no chain)`, b));
  console.log(`  chain + TypeORM cost per entry: ${ms((a.p50 - b.p50) / PER_BATCH)} (ratio ${(a.p50 / b.p50).toFixed(1)}x)`);

  const verify = summarize(await timeEach(3, () => verifyAudit({ raw: db.raw, now: () => new Date() })));
  const result = verifyAudit({ raw: db.raw, now: () => new Date() });
  console.log(row(`audit.verify over ${result.entries} entries`, verify));
  console.log(`  ${Math.round(result.entries / (verify.p50 / 1000))} entries/s, ok=${result.ok}`);
  await db.dataSource.destroy();
}
