import { afterEach, describe, expect, it } from 'vitest';
import { caseInput, openCaseWorld, type CaseWorld } from '../../helpers/cases';
import { databaseChecksum } from '../../helpers/tempCore';

let w: CaseWorld;
afterEach(async () => w?.t.cleanup());

describe('stage changes', () => {
  it('closing needs an outcome and a reason; a refused change changes nothing', async () => {
    w = await openCaseWorld('2025-05-02');
    const c = await w.t.must('cases.create', caseInput(w));
    const closed = w.item('stage', 'ditutup');
    const before = databaseChecksum(w.t.dbPath);
    const bare = await w.t.call('cases.changeStage', { caseId: c.id, stageId: closed, date: '2025-05-02' });
    expect(bare.ok ? null : Object.fromEntries(Object.entries(bare.error.fields ?? {}).map(([k, v]) => [k, v.code]))).toEqual({
      outcomeId: 'caseCloseNeedsOutcome',
      closureReason: 'caseCloseNeedsReason',
    });
    const same = await w.t.call('cases.changeStage', { caseId: c.id, stageId: w.item('stage', 'penerimaan'), date: '2025-05-02' });
    expect(same.ok ? null : same.error.key).toBe('caseSameStage');
    const early = await w.t.call('cases.changeStage', { caseId: c.id, stageId: w.item('stage', 'pemeriksaan'), date: '2025-02-01' });
    expect(early.ok ? null : early.error.fields?.date?.code).toBe('caseDateBeforeReceived');
    const future = await w.t.call('cases.changeStage', { caseId: c.id, stageId: w.item('stage', 'pemeriksaan'), date: '2025-05-03' });
    expect(future.ok ? null : future.error.fields?.date?.code).toBe('dateInFuture');
    const outcomeEarly = await w.t.call('cases.changeStage', { caseId: c.id, stageId: w.item('stage', 'pemeriksaan'), date: '2025-05-02', outcomeId: w.item('outcome', 'tidak_ditemukan') });
    expect(outcomeEarly.ok ? null : outcomeEarly.error.fields?.outcomeId?.code).toBe('caseOutcomeOnlyOnClose');
    expect(databaseChecksum(w.t.dbPath)).toBe(before);

    await w.t.must('cases.changeStage', { caseId: c.id, stageId: w.item('stage', 'pemeriksaan'), date: '2025-03-10' });
    const order = await w.t.call('cases.changeStage', { caseId: c.id, stageId: w.item('stage', 'lhp'), date: '2025-03-07' });
    expect(order.ok ? null : order.error.key).toBe('caseStageDateOrder');
    const done = await w.t.must('cases.changeStage', { caseId: c.id, stageId: closed, date: '2025-04-30', outcomeId: w.item('outcome', 'tidak_ditemukan'), closureReason: 'Tidak ditemukan maladministrasi.' });
    expect(done).toMatchObject({ closedOn: '2025-04-30', outcomeName: 'Tidak ditemukan maladministrasi', nextDueOn: null, stagePhase: 'closed' });
    expect(done.clocks.every((k) => k.status !== 'running' && k.status !== 'overdue')).toBe(true);
    expect((await w.t.must('cases.dashboard')).closedThisYear).toBe(1);
    // Reopening clears the outcome.
    const reopened = await w.t.must('cases.changeStage', { caseId: c.id, stageId: w.item('stage', 'resolusi'), date: '2025-05-02', note: 'Pelapor mengajukan keberatan' });
    expect(reopened).toMatchObject({ closedOn: null, outcomeId: null, closureReason: '' });
    expect(reopened.nextDueOn).not.toBeNull();
  });

  it('a stage change cannot be cancelled, and its date stays between its neighbours', async () => {
    w = await openCaseWorld('2025-05-02');
    const c = await w.t.must('cases.create', caseInput(w));
    await w.t.must('cases.changeStage', { caseId: c.id, stageId: w.item('stage', 'pemeriksaan'), date: '2025-03-10' });
    const after = await w.t.must('cases.changeStage', { caseId: c.id, stageId: w.item('stage', 'lhp'), date: '2025-04-10' });
    const middle = after.events.find((e) => e.stageToId === w.item('stage', 'pemeriksaan'))!;
    expect((await w.t.call('cases.cancelEvent', { id: middle.id, reason: 'x' })).ok).toBe(false);
    const moved = await w.t.call('cases.updateEvent', { id: middle.id, occurredOn: '2025-04-15', title: middle.title });
    expect(moved.ok ? null : moved.error.key).toBe('caseEventDateOrder');
    expect((await w.t.call('cases.updateEvent', { id: middle.id, occurredOn: '2025-03-12', title: middle.title })).ok).toBe(true);
  });

  it('forwarding stamps the focal point of that day, which survives a rotation', async () => {
    w = await openCaseWorld('2025-05-02');
    const c = await w.t.must('cases.create', caseInput(w));
    await w.t.must('roster.rotate', { agencyId: w.partners.bateng.id, date: '2025-04-01', endReason: 'mutasi', successor: { newPerson: { name: 'Dewi Lestari', position: 'Sekretaris Inspektorat' } } });
    const f = await w.t.must('cases.forward', { caseId: c.id, date: '2025-03-05' });
    expect(f.focalPoint).toMatchObject({ name: w.focalName, stampedOn: '2025-03-05', stillServing: false });
    const again = await w.t.call('cases.forward', { caseId: c.id, date: '2025-03-06' });
    expect(again.ok ? null : again.error.key).toBe('caseAlreadyForwarded');
    // Correcting the forwarding date re-stamps as of the new date.
    const entry = f.events.find((e) => e.kind === 'forwarded')!;
    await w.t.must('cases.updateEvent', { id: entry.id, occurredOn: '2025-04-02', title: entry.title });
    expect((await w.t.must('cases.get', { id: c.id })).focalPoint).toMatchObject({ name: 'Dewi Lestari', stillServing: true });
    // The agency cannot change once forwarded.
    const { caseEditableFields } = await import('../../../shared/contract/cases');
    const moved = await w.t.call('cases.update', { ...caseEditableFields(await w.t.must('cases.get', { id: c.id })), agencyId: w.partners.beltim.id });
    expect(moved.ok ? null : moved.error.fields?.agencyId?.code).toBe('caseAgencyForwarded');
  });

  it('forwarding can move the case out of intake on the same date, in one transaction', async () => {
    w = await openCaseWorld('2025-05-02');
    const c = await w.t.must('cases.create', caseInput(w));
    expect(c.stagePhase).toBe('intake');
    // Closing while forwarding is refused, and changes nothing.
    const before = databaseChecksum(w.t.dbPath);
    const closing = await w.t.call('cases.forward', { caseId: c.id, date: '2025-03-05', stageId: w.item('stage', 'ditutup') });
    expect(closing.ok ? null : closing.error.fields?.stageId?.code).toBe('caseForwardCannotClose');
    // A refused stage move (the case is already in that stage) undoes the forwarding too.
    const same = await w.t.call('cases.forward', { caseId: c.id, date: '2025-03-05', stageId: w.item('stage', 'penerimaan') });
    expect(same.ok ? null : same.error.key).toBe('caseSameStage');
    expect(databaseChecksum(w.t.dbPath)).toBe(before);

    const f = await w.t.must('cases.forward', { caseId: c.id, date: '2025-03-05', stageId: w.item('stage', 'pemeriksaan') });
    expect(f).toMatchObject({ forwardedOn: '2025-03-05', stageId: w.item('stage', 'pemeriksaan'), stagePhase: 'examination' });
    expect(f.focalPoint).toMatchObject({ name: w.focalName, stampedOn: '2025-03-05' });
    const kinds = f.events.filter((e) => e.occurredOn === '2025-03-05').map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['forwarded', 'stage_change']));
    const audit = await w.t.must('audit.list', { entity: 'case', entityId: c.id });
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['forward', 'changeStage']));
  });

  it('master data is editable: a new subject can be used, a deactivated one refused for new cases', async () => {
    w = await openCaseWorld('2025-05-02');
    const item = await w.t.must('caseMaster.save', { list: 'subject', name: 'Pertambangan', sortOrder: 5 });
    expect(item.code).toBe('pertambangan');
    const c = await w.t.must('cases.create', caseInput(w, { subjectId: item.id }));
    expect(c.subjectName).toBe('Pertambangan');
    await w.t.must('caseMaster.save', { id: item.id, list: 'subject', name: 'Pertambangan', active: false });
    const refused = await w.t.call('cases.create', caseInput(w, { subjectId: item.id }));
    expect(refused.ok ? null : refused.error.fields?.subjectId?.code).toBe('caseMasterUnknown');
    // ...but the case that has it keeps it when edited.
    const { caseEditableFields } = await import('../../../shared/contract/cases');
    expect((await w.t.call('cases.update', caseEditableFields(c))).ok).toBe(true);
    const dup = await w.t.call('caseMaster.save', { list: 'subject', name: 'kesehatan' });
    expect(dup.ok ? null : dup.error.key).toBe('caseMasterDuplicate');
    const last = await w.t.call('caseMaster.save', { id: w.item('stage', 'ditutup'), list: 'stage', name: 'Ditutup', phase: 'closed', active: false });
    expect(last.ok ? null : last.error.key).toBe('caseMasterLastPhase');
    expect((await w.t.must('caseMaster.list')).subject.find((s) => s.id === item.id)?.usageCount).toBe(1);
  });
});
