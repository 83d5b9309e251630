import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AGENCY_GROUPS } from '../../electron/core/agencies/defaultGroups';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, type TempCore } from '../helpers/tempCore';

let t: TempCore;
beforeEach(async () => {
  t = await openTempCore();
});
afterEach(async () => t.cleanup());

// A 1x1 transparent PNG.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('office settings', () => {
  it('starts in first-run state and leaves it once the profile is saved', async () => {
    expect((await t.must('system.status')).firstRun).toBe(true);
    expect(await t.must('settings.get')).toBeNull();
    const saved = await t.must('settings.update', { ...EXAMPLE_OFFICE, officeCode: ' babel ', logoDataUrl: PNG });
    expect(saved.officeCode).toBe('BABEL');
    expect(saved.website).toBe('ombudsman.go.id');
    expect(saved.logoDataUrl).toBe(PNG);
    const status = await t.must('system.status');
    expect(status.firstRun).toBe(false);
    expect(status.officeName).toBe(EXAMPLE_OFFICE.officeName);
    const groups = await t.must('agencyGroups.list');
    expect(groups.map((g) => g.name)).toEqual([...DEFAULT_AGENCY_GROUPS]);
  });

  it('survives a restart', async () => {
    await t.must('settings.update', { ...EXAMPLE_OFFICE, paperSize: 'F4' });
    await t.reopen();
    const s = await t.must('settings.get');
    expect(s?.paperSize).toBe('F4');
    expect(s?.city).toBe('Pangkalpinang');
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['officeCode', { officeCode: 'B' }, 'officeCode'],
    ['officeCode', { officeCode: 'BA BEL' }, 'officeCode'],
    ['officeCode', { officeCode: '' }, 'required'],
    ['officeName', { officeName: '   ' }, 'required'],
    ['officeName', { officeName: 'x'.repeat(151) }, 'tooLong'],
    ['officeName', { officeName: 'Kantor\nBaru' }, 'singleLine'],
    ['province', { province: '' }, 'required'],
    ['city', { city: undefined }, 'required'],
    ['address', { address: 'x'.repeat(401) }, 'tooLong'],
    ['phone', { phone: 'telepon kantor' }, 'phone'],
    ['phone', { phone: '12' }, 'phone'],
    ['email', { email: 'babel@' }, 'email'],
    ['website', { website: 'javascript:alert(1)' }, 'url'],
    ['website', { website: 'ftp://ombudsman.go.id' }, 'url'],
    ['logoDataUrl', { logoDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' }, 'logo'],
    ['logoDataUrl', { logoDataUrl: 'data:image/png;base64,R0lGODlhAQABAAAAACw=' }, 'logo'],
    ['headName', { headName: '' }, 'required'],
    ['headPosition', { headPosition: '' }, 'required'],
    ['headNip', { headNip: '1234' }, 'nip'],
    ['headNip', { headNip: '19800101200501100A' }, 'nip'],
    ['paperSize', { paperSize: 'A5' }, 'invalidOption'],
    ['letterNumberPattern', { letterNumberPattern: '' }, 'patternEmpty'],
    ['letterNumberPattern', { letterNumberPattern: '{nomor}/LM' }, 'patternNeedsYear'],
    ['letterNumberPattern', { letterNumberPattern: 'LM/{tahun}' }, 'patternNeedsNumber'],
    ['letterNumberPattern', { letterNumberPattern: '{nomor}/{kode}/{tahun}' }, 'patternUnknownPlaceholder'],
    ['letterNumberPattern', { letterNumberPattern: '{nomor}/{tahun}}' }, 'patternBraces'],
    ['letterNumberPattern', { letterNumberPattern: '{nomor}/<b>/{tahun}' }, 'patternBadLiteral'],
    ['_', { colour: 'red' }, 'unknownField'],
  ];

  it.each(bad)('rejects a bad %s with a clear message and changes nothing (%j)', async (field, patch, code) => {
    await t.must('settings.update', EXAMPLE_OFFICE);
    const before = databaseChecksum(t.dbPath);
    const r = await t.call('settings.update', { ...EXAMPLE_OFFICE, ...patch } as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.fields?.[field]?.code).toBe(code);
    expect(r.error.fields?.[field]?.message.length).toBeGreaterThan(5);
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('refuses a stale form', async () => {
    const first = await t.must('settings.update', EXAMPLE_OFFICE);
    await t.must('settings.update', { ...EXAMPLE_OFFICE, city: 'Sungailiat', expectedUpdatedAt: first.updatedAt });
    const before = databaseChecksum(t.dbPath);
    const r = await t.call('settings.update', { ...EXAMPLE_OFFICE, city: 'Muntok', expectedUpdatedAt: first.updatedAt });
    expect(r.ok === false && r.error.code).toBe('CONFLICT');
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('lets the office code change only until agencies exist', async () => {
    await t.must('settings.update', EXAMPLE_OFFICE);
    const renamed = await t.must('settings.update', { ...EXAMPLE_OFFICE, officeCode: 'KEPBABEL' });
    expect(renamed.officeCode).toBe('KEPBABEL');
    const groups = await t.must('agencyGroups.list');
    await t.must('agencies.create', { name: 'Inspektorat Kabupaten Bangka', groupId: groups[2]!.id });
    const r = await t.call('settings.update', { ...EXAMPLE_OFFICE, officeCode: 'BABEL' });
    expect(r.ok === false && r.error.fields?.officeCode?.code).toBe('officeCodeLocked');
    const agencies = await t.must('agencies.list', {});
    expect(agencies.items[0]!.officeCode).toBe('KEPBABEL');
  });
});
