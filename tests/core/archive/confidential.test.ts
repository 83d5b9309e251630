import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confidentialAdmin, demoOffice, exportNow, importFile } from '../../helpers/archives';
import { readArchive } from '../../helpers/craftArchive';
import { b64, sample } from '../../helpers/sampleFiles';
import { contextAs, databaseChecksum, openTempCore, type TempCore } from '../../helpers/tempCore';

/**
 * Reporters of confidential complaints (Pasal 24 ayat (2) UU 37/2008) stay at the office
 * unless an allowed user explicitly includes them: pseudonyms by default, files of such
 * cases left out, the choice recorded, and real identities at head office never overwritten.
 */
let office: TempCore;
let secretCase: { id: string; reporterId: string; name: string; phone: string };
let openCase: { id: string; name: string };

const rows = (archive: Awaited<ReturnType<typeof readArchive>>, table: string) => {
  const [header, ...lines] = archive.entries.get(`data/${table}.jsonl`)!.toString().trim().split('\n');
  const columns = (JSON.parse(header!) as { columns: string[] }).columns;
  return lines.map((l) => Object.fromEntries((JSON.parse(l) as unknown[]).map((v, i) => [columns[i], v])) as Record<string, unknown>);
};

beforeAll(async () => {
  office = await openTempCore(demoOffice());
  await office.must('system.loadDemo', {});
  const raw = office.core.runtime.current().raw;
  const pick = (confidential: number) =>
    raw.prepare(`SELECT c.id, r.id AS reporterId, r.name, r.phone FROM cases c JOIN case_reporters r ON r.case_id = c.id WHERE c.confidential = ? ORDER BY c.id LIMIT 1`).get(confidential) as {
      id: string;
      reporterId: string;
      name: string;
      phone: string;
    };
  secretCase = pick(1);
  openCase = pick(0);
  await office.must('attachments.add', { entity: 'case', entityId: secretCase.id, fileName: 'surat-pelapor.pdf', base64: b64(sample.pdf('rahasia')) });
});
afterAll(() => office?.cleanup());

describe('confidential reporter identities in archives', () => {
  it('are pseudonymised by default, stably, and files of confidential cases stay out', async () => {
    const first = await readArchive((await exportNow(office, { kind: 'full' })).path);
    const second = await readArchive((await exportNow(office, { kind: 'full' })).path);
    expect(first.manifest.confidential).toBe('pseudonymised');
    const secret = rows(first, 'case_reporters').find((r) => r.id === secretCase.reporterId)!;
    expect(secret.name).toMatch(/^PSN-[0-9A-F]{12}$/);
    expect(secret.phone).toBe('');
    expect(secret._concealed).toBe(1);
    expect(rows(second, 'case_reporters').find((r) => r.id === secretCase.reporterId)!.name).toBe(secret.name);
    const open = rows(first, 'case_reporters').find((r) => r.name === openCase.name)!;
    expect(open._concealed).toBe(0);
    // No identity of the confidential reporter anywhere in the archive, files included (names
    // repeat among demo reporters; the phone number is this reporter's own).
    expect(secretCase.phone).not.toBe('');
    for (const [name, bytes] of first.entries) {
      const text = bytes.toString("utf8");
      const at = text.indexOf(secretCase.phone);
      expect({ name, leak: at < 0 ? null : text.slice(Math.max(0, at - 300), at + 100) }).toEqual({ name, leak: null });
    }
    expect(rows(first, 'attachment_links').some((l) => l.entity === 'case')).toBe(false);
    expect([...first.entries.keys()].filter((n) => n.startsWith('files/attachments/')).length).toBe(rows(first, 'attachments').length);
  });

  it('can be included only by a user allowed to see them, and the choice is recorded', async () => {
    const before = databaseChecksum(office.dbPath);
    const refused = await office.call('archive.exportStart', { kind: 'full', includeConfidential: true }, contextAs('admin'));
    expect(refused.ok || refused.error.code).toBe('FORBIDDEN');
    expect(databaseChecksum(office.dbPath)).toBe(before);

    const { row, path } = await exportNow(office, { kind: 'full', includeConfidential: true }, confidentialAdmin());
    expect(row.includeConfidential).toBe(true);
    const archive = await readArchive(path);
    expect(archive.manifest.confidential).toBe('included');
    expect(rows(archive, 'case_reporters').find((r) => r.id === secretCase.reporterId)!.name).toBe(secretCase.name);
    expect(rows(archive, 'attachment_links').some((l) => l.entity === 'case')).toBe(true);
    const db = new Database(office.dbPath, { readonly: true });
    const audit = db.prepare(`SELECT after_json FROM audit_log WHERE entity = 'archive_export' AND entity_id = ? AND action = 'export-start'`).get(row.id) as { after_json: string };
    db.close();
    expect(JSON.parse(audit.after_json)).toMatchObject({ includeConfidential: true, actorName: confidentialAdmin().actor.name });
  });

  it('never overwrite real identities at head office with pseudonyms', async () => {
    const head = await openTempCore();
    try {
      await importFile(head, (await exportNow(office, { kind: 'full', includeConfidential: true }, confidentialAdmin())).path);
      // The case moves on at the office; the next archive is made without identities.
      const later = new Date(Date.now() + 60_000).toISOString();
      office.core.runtime.current().raw.prepare(`UPDATE case_reporters SET address = 'Alamat baru', updated_at = ? WHERE id = ?`).run(later, secretCase.reporterId);
      const report = await importFile(head, (await exportNow(office, { kind: 'full' })).path);
      expect(report.conflictCount).toBe(0);
      const db = new Database(head.dbPath, { readonly: true });
      const reporter = db.prepare(`SELECT name, address, updated_at FROM case_reporters WHERE id = ?`).get(secretCase.reporterId);
      db.close();
      // The visible change (updated_at) arrived; the identity fields stayed real.
      expect(reporter).toEqual({ name: secretCase.name, address: expect.not.stringMatching(/Alamat baru/), updated_at: later });
    } finally {
      await head.cleanup();
    }
  });
});
