import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { storedFilePath } from '../../../electron/core/attachments/store';
import { auditRows, confidentialAdmin, demoOffice, exportNow, importFile, officeRows, previewFile, verifyFile } from '../../helpers/archives';
import { b64, sample } from '../../helpers/sampleFiles';
import { databaseChecksum, openTempCore, type TempCore } from '../../helpers/tempCore';

const open: TempCore[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.cleanup();
});
const core = async (opts = {}) => {
  const t = await openTempCore(opts);
  open.push(t);
  return t;
};
const ignore = { office_settings: ['is_local'] };

/** Every synchronised table equal for one office, table by table (so a failure names the table). */
function expectSameOffice(a: string, b: string, office: string): void {
  const want = officeRows(a, office, { ignore });
  const got = officeRows(b, office, { ignore });
  for (const table of Object.keys(want)) expect({ table, rows: got[table] }).toEqual({ table, rows: want[table] });
}

/** A demo office with an attached scan and a generated document. */
async function busyOffice(opts = {}): Promise<TempCore> {
  const t = await core(demoOffice(opts));
  await t.must('system.loadDemo', {});
  const [mou] = (await t.must('mous.list', {})).items;
  await t.must('attachments.add', { entity: 'mou', entityId: mou!.id, fileName: 'mou-ditandatangani.pdf', base64: b64(sample.pdf('round-trip')) });
  await t.must('roster.printDirectory', {});
  return t;
}

describe('archive round trip', () => {
  it('a demo office exported and imported into an empty database gives equal data, table by table, files included', async () => {
    const office = await busyOffice();
    const { path, row } = await exportNow(office, { kind: 'full', includeConfidential: true, includeDocuments: true }, confidentialAdmin());
    expect(row.includeConfidential).toBe(true);
    const head = await core();
    const verified = await verifyFile(head, path);
    expect(verified.problem).toBeNull();
    const before = databaseChecksum(head.dbPath);
    const preview = await previewFile(head, path);
    expect(databaseChecksum(head.dbPath)).toBe(before);
    expect(preview.totals.conflicting).toBe(0);
    const report = await importFile(head, path);
    expect(report.conflictCount).toBe(0);
    expect(report.totals.new).toBe(preview.totals.new);
    expectSameOffice(office.dbPath, head.dbPath, 'BABEL');
    expect(auditRows(head.dbPath, 'office_audit_log', 'BABEL')).toEqual(auditRows(office.dbPath, 'audit_log', 'BABEL').slice(0, auditRows(head.dbPath, 'office_audit_log', 'BABEL').length));
    // The attached file and the generated document arrived intact.
    const db = new Database(head.dbPath, { readonly: true });
    const attachment = db.prepare(`SELECT sha256, kind FROM attachments`).get() as { sha256: string; kind: 'pdf' };
    const doc = db.prepare(`SELECT rel_path FROM generated_documents`).get() as { rel_path: string };
    db.close();
    expect(existsSync(storedFilePath(head.core.paths.attachmentsDir, attachment.sha256, attachment.kind))).toBe(true);
    expect(existsSync(join(head.core.paths.documentsDir, ...doc.rel_path.split('/')))).toBe(true);
  });

  it('is idempotent: importing the same archive twice changes no record', async () => {
    const office = await busyOffice();
    const { path } = await exportNow(office, { kind: 'full' });
    const head = await core();
    await importFile(head, path);
    const once = officeRows(head.dbPath, 'BABEL');
    const again = await importFile(head, path);
    expect(again.totals).toMatchObject({ new: 0, changed: 0, conflicting: 0, deleted: 0 });
    expect(officeRows(head.dbPath, 'BABEL')).toEqual(once);
    const second = await verifyFile(head, path);
    expect(second.warnings.join(' ')).toMatch(/sudah diimpor/);
  });

  it('merges two offices into one database without collisions', async () => {
    const babel = await busyOffice();
    const sumsel = await busyOffice({ seed: 77, officeCode: 'SUMSEL', officeName: 'Ombudsman RI Perwakilan Sumatera Selatan' });
    const head = await core();
    for (const t of [babel, sumsel]) {
      const report = await importFile(head, (await exportNow(t, { kind: 'full', includeConfidential: true, includeDocuments: true }, confidentialAdmin())).path);
      expect(report.conflictCount).toBe(0);
    }
    expectSameOffice(babel.dbPath, head.dbPath, 'BABEL');
    expectSameOffice(sumsel.dbPath, head.dbPath, 'SUMSEL');
    const db = new Database(head.dbPath, { readonly: true });
    expect(db.prepare(`SELECT office_code, is_local FROM office_settings ORDER BY office_code`).all()).toEqual([
      { office_code: 'BABEL', is_local: 0 },
      { office_code: 'SUMSEL', is_local: 0 },
    ]);
    db.close();
  });

  it('incremental archives applied in order give the same result as one full archive (changes, deactivations, corrections, deletions)', async () => {
    const office = await busyOffice();
    const chain = [(await exportNow(office, { kind: 'full', includeConfidential: true }, confidentialAdmin())).path];

    // Round 1: a correction, a deactivation, a rotation of a focal point, a new MoU with a scan.
    const [agency] = (await office.must('agencies.list', { pageSize: 5 })).items;
    await office.must('agencies.update', { id: agency!.id, name: agency!.name, shortName: 'Dikoreksi', groupId: agency!.groupId, region: agency!.region, address: 'Alamat baru' });
    const other = (await office.must('agencies.list', { pageSize: 5 })).items[1]!;
    await office.must('agencies.setActive', { id: other.id, active: false, reason: 'Digabung' });
    const mou = await office.must('mous.create', { title: 'MoU uji rantai', status: 'rencana', plannedDate: '2026-01-10', agencyIds: [agency!.id] });
    await office.must('attachments.add', { entity: 'mou', entityId: mou.id, fileName: 'draf.pdf', base64: b64(sample.pdf('draf')) });
    const inc1 = await exportNow(office, { kind: 'incremental', includeConfidential: true }, confidentialAdmin());
    expect(inc1.row.kind).toBe('incremental');
    chain.push(inc1.path);

    // Round 2: the MoU entered by mistake is deleted with its scan; an assistance record is deleted.
    await office.must('mous.delete', { id: mou.id });
    const [assist] = (await office.must('assistance.list', {})).items;
    if (assist) await office.must('assistance.delete', { id: assist.id });
    chain.push((await exportNow(office, { kind: 'incremental', includeConfidential: true }, confidentialAdmin())).path);

    const viaChain = await core();
    for (const path of chain) expect((await importFile(viaChain, path)).conflictCount).toBe(0);
    const viaFull = await core();
    await importFile(viaFull, (await exportNow(office, { kind: 'full', includeConfidential: true }, confidentialAdmin())).path);

    expectSameOffice(office.dbPath, viaChain.dbPath, 'BABEL');
    expect(officeRows(viaChain.dbPath, 'BABEL')).toEqual(officeRows(viaFull.dbPath, 'BABEL'));
    const db = new Database(viaChain.dbPath, { readonly: true });
    expect(db.prepare(`SELECT count(*) AS n FROM mous WHERE id = ?`).get(mou.id)).toEqual({ n: 0 });
    expect((db.prepare(`SELECT count(*) AS n FROM archive_tombstones WHERE table_name = 'mous'`).get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('keeps the newer record and lists the conflict when head office holds a newer copy', async () => {
    const office = await busyOffice();
    const first = (await exportNow(office, { kind: 'full' })).path;
    const [agency] = (await office.must('agencies.list', { pageSize: 1 })).items;
    await office.must('agencies.update', { id: agency!.id, name: agency!.name, shortName: 'Versi kantor', groupId: agency!.groupId, region: agency!.region });
    const later = (await exportNow(office, { kind: 'incremental' })).path;
    const head = await core();
    await importFile(head, later);
    // Applying the older full archive afterwards must not undo the newer change.
    const report = await importFile(head, first);
    expect(report.conflicts.some((c) => c.table === 'agencies' && c.id === agency!.id && c.reason === 'localNewer')).toBe(true);
    const db = new Database(head.dbPath, { readonly: true });
    expect(db.prepare(`SELECT short_name FROM agencies WHERE id = ?`).get(agency!.id)).toEqual({ short_name: 'Versi kantor' });
    db.close();
  });
});
