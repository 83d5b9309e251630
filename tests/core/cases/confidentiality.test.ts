import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/contract';
import type { AttachmentDto, CaseDetailDto } from '../../../shared/dto';
import type { RequestContext } from '../../../electron/core';
import { caseInput, contextWith, documentPath, documentText, openCaseWorld, type CaseWorld } from '../../helpers/cases';
import { b64, sample } from '../../helpers/sampleFiles';
import { databaseChecksum } from '../../helpers/tempCore';

let w: CaseWorld;
afterEach(async () => w?.t.cleanup());

const IDENTITY = ['Siti Aminah', 'Aminah', '0813-6789-1234', '081367891234', '1904015505800003', 'siti@contoh.id', 'Jl. Merdeka 5'];
const leaks = (value: unknown): string[] => {
  const text = JSON.stringify(value ?? null);
  return IDENTITY.filter((needle) => text.includes(needle));
};

/** A desktop host that "opens" whatever the core hands over. */
/** w.t.must as someone else. */
async function mustAs<C extends Channel>(ctx: RequestContext, channel: C, input: Parameters<CaseWorld['t']['must']>[1]): Promise<Awaited<ReturnType<CaseWorld['t']['must']>>> {
  const r = await w.t.call(channel, input as never, ctx);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as never;
}

const withHost = (ctx: RequestContext): RequestContext => ({ ...ctx, host: { deliverFile: async (file) => ({ outcome: 'opened', fileName: file.fileName }) } });

async function world(): Promise<{ secret: CaseDetailDto; open: CaseDetailDto }> {
  w = await openCaseWorld('2025-04-23');
  const secret = await w.t.must('cases.create', caseInput(w, { confidential: true }));
  const open = await w.t.must('cases.create', caseInput(w, { reporter: { name: 'Budi Santoso', phone: '0812-1111-2222' }, summary: 'Pungutan liar pada pelayanan KTP-el' }));
  await w.t.must('cases.changeStage', { caseId: secret.id, stageId: w.item('stage', 'pemeriksaan'), date: '2025-03-05' });
  await w.t.must('cases.printLetter', { caseId: secret.id, kind: 'klarifikasi', date: '2025-03-05' });
  await w.t.must('cases.link', { caseId: secret.id, otherCaseId: open.id, reason: 'same_matter' });
  return { secret, open };
}

describe('confidential reporters', () => {
  it('a staff member or viewer without the grant never receives the identity from any case channel', async () => {
    const { secret, open } = await world();
    const inputs: Partial<Record<Channel, unknown>> = {
      'cases.list': { search: 'Siti Aminah', state: 'all' },
      'cases.get': { id: secret.id },
      'cases.create': caseInput(w, { confidential: true }),
      'cases.update': { ...(await import('../../../shared/contract/cases')).caseEditableFields(await w.t.must('cases.get', { id: secret.id })), expectedUpdatedAt: undefined },
      'cases.updateReporter': { caseId: secret.id, reporter: { name: 'Siti Aminah' }, confidential: false },
      'cases.forward': { caseId: secret.id, date: '2025-03-06' },
      'cases.changeStage': { caseId: secret.id, stageId: w.item('stage', 'lhp'), date: '2025-04-01' },
      'cases.addEvent': { caseId: secret.id, kind: 'note', occurredOn: '2025-04-01', title: 'Catatan' },
      'cases.updateEvent': { id: (await w.t.must('cases.get', { id: secret.id })).events.at(-1)!.id, occurredOn: '2025-03-05', title: 'Surat' },
      'cases.cancelEvent': { id: (await w.t.must('cases.get', { id: open.id })).events[0]!.id, reason: 'x' },
      'cases.link': { caseId: open.id, otherCaseId: secret.id, reason: 'same_reporter' },
      'cases.unlink': { id: (await w.t.must('cases.get', { id: secret.id })).links[0]!.id },
      'cases.duplicateHints': { agencyId: w.partners.bateng.id, text: 'Pencetakan KTP-el tertunda berbulan-bulan karena blangko disebut habis', reporterName: 'Siti Aminah', reporterPhone: '0813-6789-1234', reporterIdNumber: '1904015505800003' },
      'cases.dashboard': undefined,
      'cases.staffNames': undefined,
      'cases.leakCheck': { caseId: secret.id },
      'cases.printLetter': { caseId: secret.id, kind: 'pengingat', date: '2025-04-22' },
      'cases.printFile': { caseId: secret.id },
      'cases.exportXlsx': { state: 'all' },
      'cases.whatsappReminder': { agencyId: w.partners.bateng.id },
      'cases.recomputeDeadlines': {},
    };
    const caseChannels = CHANNELS.filter((c) => c.startsWith('cases.'));
    expect(caseChannels.filter((c) => !(c in inputs))).toEqual([]);
    for (const role of ['staff', 'viewer'] as const) {
      const ctx = contextWith(role);
      for (const channel of caseChannels) {
        const result = await w.t.core.dispatch(channel, inputs[channel], ctx);  // any channel: untyped on purpose
        expect(leaks(result), `${role} ${channel}`).toEqual([]);
        if (result.ok && typeof result.value === 'object' && result.value && 'mimeType' in result.value) {
          const doc = result.value as { id: string; mimeType: string };
          if (doc.mimeType === 'application/pdf') expect(leaks(await documentText(w, doc.id)), `${channel} PDF`).toEqual([]);
        }
        if (result.ok && typeof result.value === 'object' && result.value && 'document' in result.value) {
          expect(leaks(await documentText(w, (result.value as { document: { id: string } }).document.id)), `${channel} PDF`).toEqual([]);
        }
      }
    }
    // The identity never went into the audit trail either.
    const db = new Database(w.t.dbPath, { readonly: true });
    const audit = db.prepare(`SELECT before_json, after_json FROM audit_log`).all();
    db.close();
    expect(audit.length).toBeGreaterThan(10);
    expect(leaks(audit)).toEqual([]);
  });

  it('the grant shows the identity on screen, but never on paper or in exports', async () => {
    const { secret } = await world();
    const allowed = contextWith('staff', true);
    const got = await w.t.call('cases.get', { id: secret.id }, allowed);
    expect(got.ok && got.value).toMatchObject({ reporter: { masked: false, name: 'Siti Aminah' }, canSeeIdentity: true });
    const found = await w.t.call('cases.list', { search: 'aminah' }, allowed);
    expect(found.ok && found.value.total).toBe(1);
    const hidden = await w.t.call('cases.list', { search: 'aminah' }, contextWith('staff'));
    expect(hidden.ok && hidden.value.total).toBe(0);
    const file = await w.t.call('cases.printFile', { caseId: secret.id }, allowed);
    const text = await documentText(w, (file as { value: { id: string } }).value.id);
    expect(text).toContain('Dirahasiakan');
    expect(leaks(text)).toEqual([]);
    const xlsx = await w.t.call('cases.exportXlsx', { state: 'all' }, allowed);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(documentPath(w, (xlsx as { value: { id: string } }).value.id)) as never);
    const cells: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(leaks(cells)).toEqual([]);
    expect(cells).toContain('Budi Santoso');
  });

  it('the leak check stops printing while the text names the reporter, without repeating the identity', async () => {
    const { secret } = await world();
    const detail = await w.t.must('cases.get', { id: secret.id });
    const { caseEditableFields } = await import('../../../shared/contract/cases');
    await w.t.must('cases.update', { ...caseEditableFields(detail), chronology: 'Sdri. SITI  aminah datang ke loket; hubungi 0813 6789 1234. NIK 1904 0155 0580 0003.' });
    const check = await w.t.must('cases.leakCheck', { caseId: secret.id });
    expect(check.clean).toBe(false);
    expect(check.findings.map((f) => [f.field, f.what])).toEqual([
      ['chronology', 'name'],
      ['chronology', 'phone'],
      ['chronology', 'idNumber'],
    ]);
    for (const [channel, input] of [['cases.printFile', { caseId: secret.id }], ['cases.printLetter', { caseId: secret.id, kind: 'pengingat', date: '2025-04-22' }]] as const) {
      const before = databaseChecksum(w.t.dbPath);
      const refused = await w.t.call(channel, input as never);
      expect(refused.ok ? null : refused.error.key).toBe('caseLeakFound');
      expect(refused.ok ? null : refused.error.fields?.chronology?.code).toBe('caseLeakFound');
      expect(leaks(refused)).toEqual([]);
      expect(databaseChecksum(w.t.dbPath)).toBe(before);
    }
    const exported = await w.t.call('cases.exportXlsx', { state: 'all' });
    expect(exported.ok).toBe(true); // the chronology is not exported; the summary is checked
    await w.t.must('cases.update', { ...caseEditableFields(await w.t.must('cases.get', { id: secret.id })), summary: 'Laporan Siti Aminah soal KTP-el' });
    const refusedExport = await w.t.call('cases.exportXlsx', { state: 'all' });
    expect(refusedExport.ok ? null : refusedExport.error.key).toBe('caseLeakFoundList');
    // An extra paragraph in a letter is checked too.
    await w.t.must('cases.update', { ...caseEditableFields(await w.t.must('cases.get', { id: secret.id })), summary: 'Soal KTP-el', chronology: 'Pelapor datang ke loket.' });
    const letter = await w.t.call('cases.printLetter', { caseId: secret.id, kind: 'pengingat', date: '2025-04-22', extraText: 'Hubungi pelapor di siti@contoh.id' });
    expect(letter.ok ? null : letter.error.fields?.extraText?.code).toBe('caseLeakFound');
    expect((await w.t.call('cases.printFile', { caseId: secret.id })).ok).toBe(true);
  });

  it("files of a confidential case and its timeline are listed without name to others, and cannot be opened, saved or removed by them", async () => {
    const { secret, open } = await world();
    const granted = contextWith('staff', true);
    const event = (await w.t.must('cases.get', { id: secret.id })).events[0]!;
    const attach = async (entity: 'case' | 'case_event', entityId: string, fileName: string) =>
      (await mustAs(granted, 'attachments.add', { entity, entityId, fileName, base64: b64(sample.pdf(fileName)) })) as AttachmentDto;
    const onCase = await attach('case', secret.id, 'KTP Siti Aminah.pdf');
    const onEvent = await attach('case_event', event.id, 'Balasan Siti Aminah.pdf');
    const onOpen = await attach('case', open.id, 'Bukti pungutan.pdf');

    for (const ctx of [contextWith('staff'), contextWith('viewer')]) {
      const list = async (entity: 'case' | 'case_event', entityId: string) => (await mustAs(ctx, 'attachments.list', { entity, entityId })) as AttachmentDto[];
      const listed = [...(await list('case', secret.id)), ...(await list('case_event', event.id))];
      expect(listed.map((a) => [a.id, a.restricted, a.fileName, a.sha256])).toEqual([
        [onCase.id, true, '', ''],
        [onEvent.id, true, '', ''],
      ]);
      expect(leaks(listed)).toEqual([]);
      const before = databaseChecksum(w.t.dbPath);
      for (const id of [onCase.id, onEvent.id]) {
        for (const mode of ['open', 'saveAs'] as const) {
          const r = await w.t.call('attachments.deliver', { id, mode }, ctx);
          expect(r.ok ? null : r.error.key).toBe('attachmentConfidential');
        }
        const removed = await w.t.call('attachments.unlink', { id }, ctx);
        expect(removed.ok ? null : removed.error.code).toBe('FORBIDDEN');
      }
      expect(databaseChecksum(w.t.dbPath)).toBe(before);
      // The open case's files stay as they were for everyone.
      const plain = await list('case', open.id);
      expect(plain).toMatchObject([{ id: onOpen.id, restricted: false, fileName: 'Bukti pungutan.pdf' }]);
      expect(await w.t.call('attachments.deliver', { id: onOpen.id, mode: 'open' }, withHost(ctx))).toMatchObject({ ok: true, value: { fileName: 'Bukti pungutan.pdf' } });
    }
    // Nor does the audit trail (shown to administrators, carried in archives) keep their names,
    // when they are attached or when they are removed again.
    await mustAs(granted, 'attachments.unlink', { id: onEvent.id });
    const db = new Database(w.t.dbPath, { readonly: true });
    const trail = db.prepare(`SELECT entity, before_json, after_json FROM audit_log WHERE entity IN ('attachment', 'attachment_link')`).all() as Array<{ before_json: string | null; after_json: string | null }>;
    db.close();
    expect(trail.length).toBeGreaterThanOrEqual(7);
    expect(leaks(trail)).toEqual([]);
    expect(JSON.stringify(trail)).toContain('Bukti pungutan.pdf');
    // With the grant everything is there.
    expect(await w.t.call('attachments.list', { entity: 'case', entityId: secret.id }, granted)).toMatchObject({ ok: true, value: [{ restricted: false, fileName: 'KTP Siti Aminah.pdf' }] });
    expect(await w.t.call('attachments.deliver', { id: onCase.id, mode: 'open' }, withHost(granted))).toMatchObject({ ok: true, value: { fileName: 'KTP Siti Aminah.pdf' } });
  });

  it('only someone allowed to see the identity may change it or lift the secrecy', async () => {
    const { secret, open } = await world();
    const staff = contextWith('staff');
    const r = await w.t.call('cases.updateReporter', { caseId: secret.id, reporter: { name: 'Orang Lain' }, confidential: false }, staff);
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    // Anyone who may write can make a case confidential.
    const marked = await w.t.call('cases.updateReporter', { caseId: open.id, reporter: { name: 'Budi Santoso', phone: '0812-1111-2222' }, confidential: true }, staff);
    expect(marked.ok && marked.value.reporter).toEqual({ masked: true });
    const lifted = await w.t.call('cases.updateReporter', { caseId: secret.id, reporter: { name: 'Siti Aminah' }, confidential: false }, contextWith('staff', true));
    expect(lifted.ok && lifted.value.confidential).toBe(false);
  });
});
