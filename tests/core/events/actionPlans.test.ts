import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeCode, CODE_RE } from '../../../shared/commitmentCode';
import { createPlan, POINTS, seedCeremony, type Ceremony } from '../../helpers/ceremony';
import { sample } from '../../helpers/sampleFiles';
import { databaseChecksum, openTempCore, type TempCore } from '../../helpers/tempCore';

let t: TempCore;
let c: Ceremony;
let clock = new Date('2025-11-22T05:00:00Z');

beforeEach(async () => {
  clock = new Date('2025-11-22T05:00:00Z');
  t = await openTempCore({ now: () => clock });
  c = await seedCeremony(t);
  const a = await t.must('agencies.get', { id: c.bateng.id });
  await t.must('agencies.update', {
    id: a.id, name: a.name, shortName: a.shortName, groupId: a.groupId, region: a.region, address: a.address, phone: a.phone, email: a.email,
    headName: 'Algafry Rahman', headPosition: 'Bupati Bangka Tengah', headNip: '', notes: a.notes,
  });
});
afterEach(async () => t.cleanup());

const board = (planId: string, filter: 'all' | 'notPrinted' | 'notSigned' | 'noScan' | 'reprint' | 'declined' = 'all') => t.must('actionPlans.board', { planId, filter });

describe('action plans and commitments', () => {
  it('creates a plan with ordered points and a draft commitment per agency, signatory from the agency head', async () => {
    const plan = await createPlan(t, [c.bateng.id, c.pemprov.id]);
    expect(plan.points.map((p) => p.text)).toEqual(POINTS);
    expect(plan.counts).toMatchObject({ draft: 2, total: 2 });
    const b = await board(plan.id);
    expect(b.items.map((i) => i.agencyShortName)).toEqual(['Pemkab Bangka Tengah', 'Pemprov Babel']);
    expect(b.items[0]!.signatory).toEqual({ name: 'Algafry Rahman', position: 'Bupati Bangka Tengah', nip: '' });
    expect(b.items[0]!.code).toMatch(CODE_RE);
    expect(b.counts).toMatchObject({ draft: 2, notPrinted: 2, notSigned: 2, noScan: 0 });
  });

  it('gives the same code for the same content and a new code when the content changes', async () => {
    const plan = await createPlan(t, [c.bateng.id]);
    const first = (await board(plan.id)).items[0]!;
    expect((await board(plan.id)).items[0]!.code).toBe(first.code);
    // A change that does not reach the sheet (notes) keeps the code.
    await t.must('commitments.update', { id: first.id, signatoryName: first.signatory.name, signatoryPosition: first.signatory.position, notes: 'Konfirmasi via telepon' });
    expect((await board(plan.id)).items[0]!.code).toBe(first.code);
    // The signatory is on the sheet: a new code.
    await t.must('commitments.update', { id: first.id, signatoryName: 'Dr. Algafry Rahman, S.E.', signatoryPosition: first.signatory.position });
    const renamed = (await board(plan.id)).items[0]!;
    expect(renamed.code).not.toBe(first.code);
    expect(renamed.code.slice(0, 4)).toBe(first.code.slice(0, 4)); // same commitment id part
    // Changing a point changes every sheet.
    const p = await t.must('actionPlans.get', { id: plan.id });
    await t.must('actionPlans.update', { ...planInput(p), points: p.points.map((x, i) => ({ id: x.id, text: i === 0 ? `${x.text} Paling sedikit dua kali setahun.` : x.text })) });
    expect((await board(plan.id)).items[0]!.code).not.toBe(renamed.code);
  });

  it('prints, finds the sheet by its code (typed loosely), signs, files the scan; the board follows', async () => {
    const plan = await createPlan(t, [c.bateng.id, c.pemprov.id]);
    const [bateng] = (await board(plan.id)).items;
    const doc = await t.must('commitments.print', { id: bateng!.id });
    expect(doc).toMatchObject({ kind: 'commitmentSheet', pages: 1 });
    let b = await board(plan.id);
    expect(b.items[0]).toMatchObject({ status: 'dicetak', printedOn: '2025-11-22', printedCode: bateng!.code, reprintNeeded: false });
    expect(b.counts).toMatchObject({ draft: 1, dicetak: 1, notPrinted: 1, notSigned: 2 });

    const typed = bateng!.code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const match = await t.must('commitments.findByCode', { code: typed });
    expect(match).toMatchObject({ current: true, planTitle: plan.title, commitment: { id: bateng!.id, agencyShortName: 'Pemkab Bangka Tengah' } });
    const wrongCheck = bateng!.code.slice(0, -1) + (bateng!.code.endsWith('0') ? '1' : '0');
    const bad = await t.call('commitments.findByCode', { code: wrongCheck });
    expect(bad.ok === false && bad.error.fields?.code?.code).toBe('codeInvalid');

    const early = await t.call('commitments.move', { id: bateng!.id, to: 'ditandatangani', date: '2025-11-21' });
    expect(early.ok === false && early.error.fields?.date?.code).toBe('commitmentDateOrder');
    const future = await t.call('commitments.move', { id: bateng!.id, to: 'ditandatangani', date: '2025-11-23' });
    expect(future.ok === false && future.error.fields?.date?.code).toBe('dateInFuture');
    await t.must('commitments.move', { id: bateng!.id, to: 'ditandatangani', date: '2025-11-22' });
    b = await board(plan.id, 'noScan');
    expect(b.items.map((i) => i.id)).toEqual([bateng!.id]);

    const noScan = await t.call('commitments.move', { id: bateng!.id, to: 'diarsipkan' });
    expect(noScan.ok === false && noScan.error.key).toBe('commitmentNeedsScan');
    await t.must('attachments.add', { entity: 'commitment', entityId: bateng!.id, fileName: 'Komitmen Bateng bertanda tangan.pdf', base64: sample.pdf('ttd').toString('base64') });
    const filed = await t.must('commitments.move', { id: bateng!.id, to: 'diarsipkan' });
    expect(filed).toMatchObject({ status: 'diarsipkan', signedOn: '2025-11-22', archivedOn: '2025-11-22', attachmentCount: 1, missing: [] });
    b = await board(plan.id);
    expect(b.counts).toMatchObject({ diarsipkan: 1, draft: 1, noScan: 0 });
    expect(b.plan.locked).toBe(true);
  });

  it('flags a printed sheet whose content changed, and will not record its signature until reprinted', async () => {
    const plan = await createPlan(t, [c.bateng.id]);
    const [item] = (await board(plan.id)).items;
    await t.must('commitments.print', { id: item!.id });
    await t.must('commitments.update', { id: item!.id, signatoryName: 'Pj. Bupati', signatoryPosition: 'Penjabat Bupati Bangka Tengah' });
    const b = await board(plan.id, 'reprint');
    expect(b.items).toHaveLength(1);
    expect(b.items[0]!.reprintNeeded).toBe(true);
    const old = await t.must('commitments.findByCode', { code: item!.code });
    expect(old.current).toBe(false);
    const refused = await t.call('commitments.move', { id: item!.id, to: 'ditandatangani' });
    expect(refused.ok === false && refused.error.key).toBe('commitmentReprintFirst');
    await t.must('commitments.print', { id: item!.id });
    expect((await board(plan.id, 'reprint')).items).toHaveLength(0);
    await t.must('commitments.move', { id: item!.id, to: 'ditandatangani' });
  });

  it('locks the wording once an agency signed, but still takes new agencies', async () => {
    const plan = await createPlan(t, [c.bateng.id]);
    const [item] = (await board(plan.id)).items;
    await t.must('commitments.print', { id: item!.id });
    await t.must('commitments.move', { id: item!.id, to: 'ditandatangani' });
    const p = await t.must('actionPlans.get', { id: plan.id });
    const before = databaseChecksum(t.dbPath);
    const reworded = await t.call('actionPlans.update', { ...planInput(p), title: 'Rencana Aksi Tahun 2025 (revisi)' });
    expect(reworded.ok === false && reworded.error.key).toBe('planLocked');
    const signer = await t.call('commitments.update', { id: item!.id, signatoryName: 'Orang Lain', signatoryPosition: 'Bupati' });
    expect(signer.ok === false && signer.error.fields?.signatoryName?.code).toBe('commitmentSignedLocked');
    expect(databaseChecksum(t.dbPath)).toBe(before);
    const more = await t.must('actionPlans.update', { ...planInput(p), agencyIds: [c.bateng.id, c.beltim.id] });
    expect(more.counts).toMatchObject({ ditandatangani: 1, draft: 1 });
    const drop = await t.call('actionPlans.update', { ...planInput(more), agencyIds: [c.beltim.id] });
    expect(drop.ok === false && drop.error.fields?.agencyIds?.code).toBe('commitmentNotRemovable');
    const dropped = await t.must('actionPlans.update', { ...planInput(more), agencyIds: [c.bateng.id] });
    expect(dropped.counts.total).toBe(1);
  });

  it('follows the status flow only along allowed moves, with the date of each step', async () => {
    const plan = await createPlan(t, [c.bateng.id]);
    const [item] = (await board(plan.id)).items;
    const skip = await t.call('commitments.move', { id: item!.id, to: 'ditandatangani' });
    expect(skip.ok === false && skip.error.key).toBe('commitmentMove');
    const declined = await t.must('commitments.move', { id: item!.id, to: 'menolak', reason: 'Menunggu pelantikan kepala daerah', date: '2025-11-20' });
    expect(declined).toMatchObject({ status: 'menolak', declinedOn: '2025-11-20', declineReason: 'Menunggu pelantikan kepala daerah' });
    expect((await board(plan.id, 'declined')).items).toHaveLength(1);
    const back = await t.must('commitments.move', { id: item!.id, to: 'draft' });
    expect(back).toMatchObject({ status: 'draft', declinedOn: null, declineReason: '' });
  });

  it('refuses a template with an unknown placeholder and names it', async () => {
    const before = databaseChecksum(t.dbPath);
    const r = await t.call('commitmentTemplates.save', { name: 'Komitmen Bersama', sheetTitle: 'KOMITMEN BERSAMA', opening: 'Kami, {penandatangan} dari {instasi}, berkomitmen:', closing: '' });
    expect(r.ok === false && r.error.fields?.opening?.code).toBe('templateUnknownPlaceholder');
    expect(r.ok === false && r.error.fields?.opening?.message).toContain('{instasi}');
    expect(r.ok === false && r.error.fields?.opening?.message).toContain('{instansi}');
    const braces = await t.call('commitmentTemplates.save', { name: 'Komitmen Bersama', sheetTitle: 'KOMITMEN {tahun', opening: 'Teks', closing: '' });
    expect(braces.ok === false && braces.error.fields?.sheetTitle?.code).toBe('templateBraces');
    expect(databaseChecksum(t.dbPath)).toBe(before);
    const ok = await t.must('commitmentTemplates.save', { name: 'Komitmen Bersama', sheetTitle: 'KOMITMEN BERSAMA', opening: 'Kami, {penandatangan} selaku {jabatan} {instansi_singkat}, pada {hari_tanggal} di {tempat}:', closing: 'Ditandatangani dalam {kegiatan}.' });
    expect(ok.planCount).toBe(0);
  });

  it('records progress per point per agency and summarises it', async () => {
    const plan = await createPlan(t, [c.bateng.id, c.pemprov.id]);
    const items = (await board(plan.id)).items;
    for (const i of items) await t.must('commitments.print', { id: i.id });
    await t.must('commitments.move', { id: items[0]!.id, to: 'ditandatangani' });
    const notSigned = await t.call('actionPlans.recordProgress', { commitmentId: items[1]!.id, pointId: plan.points[0]!.id, status: 'berjalan', recordedOn: '2025-11-22' });
    expect(notSigned.ok === false && notSigned.error.key).toBe('progressNotCommitted');
    await t.must('actionPlans.recordProgress', { commitmentId: items[0]!.id, pointId: plan.points[0]!.id, status: 'berjalan', note: 'Jadwal disusun', recordedOn: '2025-11-21' });
    const m = await t.must('actionPlans.recordProgress', { commitmentId: items[0]!.id, pointId: plan.points[0]!.id, status: 'selesai', note: 'Notulen rapat 22/11', recordedOn: '2025-11-22' });
    expect(m.rows).toHaveLength(1);
    expect(m.rows[0]!.cells[plan.points[0]!.id]).toMatchObject({ status: 'selesai', note: 'Notulen rapat 22/11' });
    expect(m.summary[plan.points[0]!.id]).toEqual({ selesai: 1, berjalan: 0, belum: 0 });
    expect(m.summary[plan.points[1]!.id]).toEqual({ selesai: 0, berjalan: 0, belum: 1 });
    const p = await t.must('actionPlans.get', { id: plan.id });
    expect(normalizeCode(items[0]!.code)).toBe(items[0]!.code);
    expect(p.locked).toBe(true);
  });
});

function planInput(p: Awaited<ReturnType<typeof createPlan>>) {
  return {
    id: p.id,
    expectedUpdatedAt: p.updatedAt,
    title: p.title,
    year: p.year,
    eventId: p.eventId,
    templateId: p.templateId,
    signingDate: p.signingDate,
    place: p.place,
    witnessName: p.witness?.name ?? '',
    witnessPosition: p.witness?.position ?? '',
    witnessNip: p.witness?.nip ?? '',
    notes: p.notes,
    points: p.points.map((x) => ({ id: x.id, text: x.text })),
    agencyIds: p.agencyIds,
  };
}
