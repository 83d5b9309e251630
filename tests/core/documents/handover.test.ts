import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_OPEN_MATTERS } from '../../../electron/core/documents/handover/handoverSheet';
import type { AssignmentDto, RosterRowDto } from '../../../shared/dto';
import { flat, readPdf } from '../../helpers/pdfText';
import { contextAs } from '../../helpers/tempCore';
import { openDemoCore, type DemoCore } from './demoCore';

let core: DemoCore;
let rotation: { ended: AssignmentDto; started: AssignmentDto };
let agency: RosterRowDto;

const SUCCESSOR = {
  name: 'Ahmad Fauzi Ramadhan',
  nip: '198301152009011004',
  position: 'Kepala Subbagian Perencanaan dan Pelaporan',
  unit: 'Sekretariat',
  phone: '0812 7788 9900',
  whatsapp: '',
  email: 'ahmad.fauzi@contoh.go.id',
  notes: '',
};

beforeAll(async () => {
  core = await openDemoCore();
  const roster = await core.must('roster.list', { pageSize: 200 });
  // An agency with nothing open: the demo's complaints (cases) would print their own section.
  const withCases = new Set((await core.must('cases.list', { state: 'all', pageSize: 500 })).items.map((c) => c.agencyId));
  agency = roster.items.find((r) => r.primary && r.backupCount === 0 && !withCases.has(r.agencyId))!;
  rotation = await core.must('roster.rotate', {
    agencyId: agency.agencyId,
    date: '2025-11-22',
    endReason: 'mutasi',
    successor: { newPerson: SUCCESSOR },
    decreeNumber: '800/245/SK/BKPSDM/2025',
    decreeDate: '2025-11-20',
  });
});
afterAll(async () => core.close());

const handover = () => core.must('documents.handover', { endedAssignmentId: rotation.ended.id, startedAssignmentId: rotation.started.id });

describe('documents.handover', () => {
  it('prints the berita acara with both focal points, the date in words and the signatures', async () => {
    const doc = await handover();
    expect(doc).toMatchObject({ kind: 'focalHandover', mimeType: 'application/pdf' });
    expect(doc.fileName).toBe(`Berita Acara Serah Terima Narahubung - ${agency.agencyName} - 2025-11-22.pdf`);
    const file = await core.fileOf(doc.id);
    const pages = await readPdf(readFileSync(file.path));
    expect(pages).toHaveLength(doc.pages!);
    // The demo office prints on F4 (215 x 330 mm).
    expect(pages[0].width).toBeCloseTo(609.45, 1);
    expect(pages[0].height).toBeCloseTo(935.43, 1);
    const text = flat(pages.map((p) => p.text).join('\n'));
    for (const expected of [
      'OMBUDSMAN REPUBLIK INDONESIA',
      'PERWAKILAN PROVINSI KEPULAUAN BANGKA BELITUNG',
      'BERITA ACARA SERAH TERIMA NARAHUBUNG (FOCAL POINT)',
      'Pada hari ini Sabtu tanggal dua puluh dua bulan November tahun dua ribu dua puluh lima',
      agency.agencyName,
      rotation.ended.person.name,
      SUCCESSOR.name,
      'NIP. 19830115 200901 1 004',
      '800/245/SK/BKPSDM/2025 tanggal 20 November 2025',
      'mulai 22 November 2025',
      's.d. 21 November 2025 (berakhir karena mutasi)',
      'PIHAK PERTAMA',
      'PIHAK KEDUA',
      'Mengetahui,',
      // The office head's setting says only "Kepala Perwakilan"; the block names the office.
      'Kepala Perwakilan Ombudsman Republik Indonesia Provinsi Kepulauan Bangka Belitung',
      'Pangkalpinang, 22 November 2025',
      NO_OPEN_MATTERS,
    ]) {
      expect(text).toContain(expected);
    }
    // The date line stands alone above the signatures, without a final full stop.
    const dateLines = pages.flatMap((p) => p.items).filter((i) => i.str.startsWith('Pangkalpinang,'));
    expect(dateLines.map((i) => i.str)).toEqual(['Pangkalpinang, 22 November 2025']);
    if (pages.length > 1) expect(text).toContain(`Halaman 1 dari ${pages.length}`);
  });

  it('lists the agency\'s backup focal points when there are any', async () => {
    await core.must('roster.assign', {
      agencyId: agency.agencyId,
      person: { newPerson: { ...SUCCESSOR, name: 'Rina Kartika', nip: '', position: 'Pranata Humas', phone: '0813 1111 2222' } },
      role: 'cadangan',
      startDate: '2025-01-06',
    });
    const doc = await handover();
    const text = flat((await readPdf(readFileSync((await core.fileOf(doc.id)).path))).map((p) => p.text).join('\n'));
    expect(text).toContain('Narahubung cadangan yang masih bertugas');
    expect(text).toContain('Rina Kartika');
    expect(text).toContain('6 Januari 2025');
    expect(text).not.toContain(NO_OPEN_MATTERS);
  });

  it('keeps the file with its digest and records the generation in the audit trail', async () => {
    const doc = await handover();
    const file = await core.fileOf(doc.id);
    const bytes = readFileSync(file.path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.byteLength).toBe(doc.sizeBytes);
    const db = (await import('better-sqlite3')).default(`${core.dir}/simpul.sqlite`, { readonly: true });
    try {
      const row = db.prepare('SELECT * FROM generated_documents WHERE id = ?').get(doc.id) as Record<string, unknown>;
      expect(row).toMatchObject({ kind: 'focalHandover', related_entity: 'focal_assignment', related_id: rotation.started.id, office_code: 'BABEL' });
      expect(row.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      const audit = db.prepare(`SELECT channel, action FROM audit_log WHERE entity_id = ?`).all(doc.id);
      expect(audit).toEqual([{ channel: 'documents.handover', action: 'generate' }]);
    } finally {
      db.close();
    }
  });

  it('prints the logo uploaded in Settings instead of the default one', async () => {
    const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const { updatedAt, ...settings } = (await core.must('settings.get'))!;
    const pdfOf = async () => readFileSync((await core.fileOf((await handover()).id)).path).toString('latin1');
    expect(await pdfOf()).toMatch(/\/Width 512\b/); // resources/logo-default.png
    await core.must('settings.update', { ...settings, logoDataUrl: pixel, expectedUpdatedAt: updatedAt });
    const withLogo = await pdfOf();
    expect(withLogo).toMatch(/\/Width 1\b/);
    expect(withLogo).not.toMatch(/\/Width 512\b/);
  });

  it('refuses assignments of different agencies, the same assignment twice and unknown ids', async () => {
    const roster = await core.must('roster.list', { pageSize: 200 });
    const other = roster.items.find((r) => r.primary && r.agencyId !== agency.agencyId)!;
    const mismatch = await core.call('documents.handover', { endedAssignmentId: rotation.ended.id, startedAssignmentId: other.primary!.id });
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('instansi yang sama') } });
    const same = await core.call('documents.handover', { endedAssignmentId: rotation.started.id, startedAssignmentId: rotation.started.id });
    expect(same).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await core.call('documents.handover', { endedAssignmentId: rotation.ended.id, startedAssignmentId: '01900000-0000-7000-8000-000000000000' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('is refused to a viewer (it records a document)', async () => {
    const r = await core.call('documents.handover', { endedAssignmentId: rotation.ended.id, startedAssignmentId: rotation.started.id }, contextAs('viewer'));
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
