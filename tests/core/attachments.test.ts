import { existsSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAttachment } from '../../electron/core/attachments/service';
import { isInside, sha256Hex, storedFilePath } from '../../electron/core/attachments/store';
import { sweepAttachmentStore } from '../../electron/core/attachments/sweep';
import { createDispatch } from '../../electron/core/dispatch';
import { openDatabase } from '../../electron/core/db/open';
import { handlers } from '../../electron/core/handlers';
import type { DeliverableFile, DeliveryMode, RequestContext } from '../../electron/core';
import type { Handlers } from '../../electron/core/service';
import { MAX_ATTACHMENT_BASE64, MAX_ATTACHMENT_BYTES, sanitizeFileName } from '../../shared/attachments';
import type { AttachmentDto, MouDto } from '../../shared/dto';
import { seedPartners, signedMou, type Partners } from '../helpers/partnerships';
import { b64, sample } from '../helpers/sampleFiles';
import { contextAs, databaseChecksum, openTempCore, type TempCore } from '../helpers/tempCore';

let t: TempCore;
let p: Partners;
let mou: MouDto;
const NOW = new Date('2025-11-22T05:00:00Z');

beforeEach(async () => {
  t = await openTempCore({ now: () => NOW });
  p = await seedPartners(t);
  mou = await t.must('mous.create', signedMou([p.bateng.id]));
});
afterEach(async () => t.cleanup());

const store = () => t.core.paths.attachmentsDir;
/** Every file under the store, as paths relative to it. */
function storedFiles(): string[] {
  if (!existsSync(store())) return [];
  return readdirSync(store(), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(store().length + 1))
    .sort();
}
const count = (table: string) => {
  const db = new Database(t.dbPath, { readonly: true });
  const n = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  db.close();
  return n;
};
const attach = (bytes: Buffer, fileName: string, entityId = mou.id) =>
  t.call('attachments.add', { entity: 'mou', entityId, fileName, base64: b64(bytes) });
const mustAttach = async (bytes: Buffer, fileName: string, entityId = mou.id): Promise<AttachmentDto> => {
  const r = await attach(bytes, fileName, entityId);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

function recordingHost() {
  const calls: Array<{ file: DeliverableFile; mode: DeliveryMode }> = [];
  const ctx: RequestContext = {
    ...t.ctx,
    host: {
      deliverFile: async (file, mode) => {
        calls.push({ file, mode });
        return { outcome: 'opened', fileName: file.fileName };
      },
    },
  };
  return { calls, ctx };
}

describe('attachments: storing', () => {
  it('stores a file under its SHA-256 with the kind found in its bytes, read-only, and lists it', async () => {
    const bytes = sample.pdf('naskah');
    const a = await mustAttach(bytes, 'Naskah MoU Bangka Tengah.pdf');
    const hash = sha256Hex(bytes);
    expect(a).toMatchObject({ entity: 'mou', entityId: mou.id, fileName: 'Naskah MoU Bangka Tengah.pdf', kind: 'pdf', mimeType: 'application/pdf', sizeBytes: bytes.length, sha256: hash });
    expect(storedFiles()).toEqual([join(hash.slice(0, 2), `${hash}.pdf`)]);
    const path = storedFilePath(store(), hash, 'pdf');
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(statSync(path).mode & 0o222).toBe(0);
    expect(await t.must('attachments.list', { entity: 'mou', entityId: mou.id })).toEqual([a]);
    expect((await t.must('mous.get', { id: mou.id })).attachmentCount).toBe(1);
  });

  it('stores the same content once, however often it is attached', async () => {
    const other = await t.must('mous.create', signedMou([p.pemprov.id], { title: 'MoU Pemprov' }));
    const bytes = sample.png('ttd');
    const a = await mustAttach(bytes, 'tanda tangan.png');
    const b = await mustAttach(bytes, 'salinan.png', other.id);
    expect(a.attachmentId).toBe(b.attachmentId);
    expect(b.fileName).toBe('salinan.png');
    expect(storedFiles()).toHaveLength(1);
    expect(count('attachments')).toBe(1);
    expect(count('attachment_links')).toBe(2);

    const before = databaseChecksum(t.dbPath);
    const again = await attach(bytes, 'lagi.png');
    expect(again.ok === false && again.error.code).toBe('DUPLICATE');
    expect(again.ok === false && again.error.fields?.base64?.message).toContain('tanda tangan.png');
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('accepts PDF, PNG, JPEG, DOCX and XLSX and names them by content', async () => {
    for (const [bytes, name, kind] of [
      [sample.jpeg(), 'foto kegiatan.JPG', 'jpeg'],
      [sample.docx(), 'surat undangan.docx', 'docx'],
      [sample.xlsx(), 'daftar hadir.xlsx', 'xlsx'],
    ] as const) {
      const a = await mustAttach(bytes, name);
      expect(a.kind).toBe(kind);
      expect(existsSync(storedFilePath(store(), a.sha256, kind))).toBe(true);
    }
    // No extension, or one that names no accepted kind: the right one is appended.
    expect((await mustAttach(sample.pdf('x'), 'pindaian')).fileName).toBe('pindaian.pdf');
    expect((await mustAttach(sample.pdf('y'), 'MoU 12.03.2025')).fileName).toBe('MoU 12.03.2025.pdf');
  });

  it('keeps only a safe file name: no folders, no characters Windows refuses, no device names', async () => {
    expect(sanitizeFileName('C:\\Users\\staf\\..\\Surat<1>?.pdf')).toBe('Surat_1__.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('  ..hidden.pdf. ')).toBe('hidden.pdf');
    expect(sanitizeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(sanitizeFileName('a\u0000b\nc.pdf')).toBe('a_b_c.pdf');
    const a = await mustAttach(sample.pdf('z'), '..\\..\\Windows/System32/naskah.pdf');
    expect(a.fileName).toBe('naskah.pdf');
  });
});

describe('attachments: refusals change nothing', () => {
  const oversized = () => 'A'.repeat(MAX_ATTACHMENT_BASE64 + 4);
  // One byte over the limit, yet its base64 text still fits the schema's length check.
  const justOver = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX_ATTACHMENT_BYTES + 1 - 9, 0x20)]).toString('base64');
  const bad: Array<[string, () => Record<string, unknown>, string, string]> = [
    ['PNG bytes named .pdf', () => ({ fileName: 'surat.pdf', base64: b64(sample.png()) }), 'fileName', 'attachmentTypeMismatch'],
    ['a program renamed .pdf', () => ({ fileName: 'surat.pdf', base64: b64(sample.exe()) }), 'base64', 'attachmentType'],
    ['a program', () => ({ fileName: 'setup.exe', base64: b64(sample.exe()) }), 'base64', 'attachmentType'],
    ['a plain zip renamed .docx', () => ({ fileName: 'surat.docx', base64: b64(sample.plainZip()) }), 'base64', 'attachmentType'],
    ['a Word file with macros', () => ({ fileName: 'surat.docx', base64: b64(sample.docm()) }), 'base64', 'attachmentMacro'],
    ['a Word file named .xlsx', () => ({ fileName: 'daftar.xlsx', base64: b64(sample.docx()) }), 'fileName', 'attachmentTypeMismatch'],
    ['text', () => ({ fileName: 'catatan.txt', base64: b64(Buffer.from('catatan rapat')) }), 'base64', 'attachmentType'],
    ['an empty file', () => ({ fileName: 'kosong.pdf', base64: '' }), 'base64', 'attachmentEmpty'],
    ['broken base64', () => ({ fileName: 'x.pdf', base64: 'JVBE*i0x' }), 'base64', 'attachmentUnreadable'],
    ['a file over 20 MB', () => ({ fileName: 'besar.pdf', base64: oversized() }), 'base64', 'attachmentTooLarge'],
    ['a file one byte over 20 MB', () => ({ fileName: 'besar.pdf', base64: justOver() }), 'base64', 'attachmentTooLarge'],
    ['no name', () => ({ fileName: '   ', base64: b64(sample.pdf()) }), 'fileName', 'required'],
    ['only a folder', () => ({ fileName: 'C:\\scan\\', base64: b64(sample.pdf()) }), 'fileName', 'required'],
    ['a name over 200 characters', () => ({ fileName: `${'n'.repeat(201)}.pdf`, base64: b64(sample.pdf()) }), 'fileName', 'tooLong'],
    ['an unknown record kind', () => ({ entity: 'surat_masuk', base64: b64(sample.pdf()) }), 'entity', 'invalidOption'],
    ['a record that does not exist', () => ({ entityId: '01943920-3681-7659-bbb6-9ed692c655a3' }), 'entityId', 'notFound'],
    ['an unknown field', () => ({ path: '/etc/passwd' }), '_', 'unknownField'],
  ];

  it.each(bad)('refuses %s with a field error', async (_label, patch, field, code) => {
    const before = databaseChecksum(t.dbPath);
    const r = await t.call('attachments.add', { entity: 'mou', entityId: mou.id, fileName: 'naskah.pdf', base64: b64(sample.pdf()), ...patch() } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.fields?.[field]?.code).toBe(code);
      expect(r.error.fields?.[field]?.message).toMatch(/\S/);
    }
    expect(databaseChecksum(t.dbPath)).toBe(before);
    expect(storedFiles()).toEqual([]);
  });

  it('explains the problem in Indonesian', async () => {
    const r = await t.call('attachments.add', { entity: 'mou', entityId: mou.id, fileName: 'surat.pdf', base64: b64(sample.png()) });
    expect(r.ok === false && r.error.fields?.fileName?.message).toBe(
      'Isi berkas tidak sesuai dengan namanya: namanya berakhiran .pdf, tetapi isinya PNG. Periksa kembali berkasnya.',
    );
    const big = await t.call('attachments.add', { entity: 'mou', entityId: mou.id, fileName: 'besar.pdf', base64: 'A'.repeat(MAX_ATTACHMENT_BASE64 + 4) });
    expect(big.ok === false && big.error.fields?.base64?.message).toBe('Berkas terlalu besar: paling besar 20 MB.');
  });

  it('attaches only to a record of the named kind', async () => {
    const assistance = await t.must('assistance.create', {
      agencyId: p.bateng.id, topic: 'berbagi_metode', date: '2025-11-20', officeStaff: 'Rina', participantCount: 12,
    });
    const wrongKind = await t.call('attachments.add', { entity: 'mou', entityId: assistance.id, fileName: 'x.pdf', base64: b64(sample.pdf()) });
    expect(wrongKind.ok === false && wrongKind.error.code).toBe('NOT_FOUND');
    const right = await t.call('attachments.add', { entity: 'assistance', entityId: assistance.id, fileName: 'x.pdf', base64: b64(sample.pdf()) });
    expect(right.ok).toBe(true);
    expect((await t.must('assistance.get', { id: assistance.id })).attachmentCount).toBe(1);
  });

  it('lets a viewer list but not attach or unlink', async () => {
    const a = await mustAttach(sample.pdf(), 'naskah.pdf');
    const viewer = contextAs('viewer');
    const add = await t.call('attachments.add', { entity: 'mou', entityId: mou.id, fileName: 'x.pdf', base64: b64(sample.pdf('v')) }, viewer);
    expect(add.ok === false && add.error.code).toBe('FORBIDDEN');
    const unlink = await t.call('attachments.unlink', { id: a.id }, viewer);
    expect(unlink.ok === false && unlink.error.code).toBe('FORBIDDEN');
    expect((await t.call('attachments.list', { entity: 'mou', entityId: mou.id }, viewer)).ok).toBe(true);
  });
});

describe('attachments: unlinking and clean-up', () => {
  it('removes the file once its last link is gone, not before', async () => {
    const other = await t.must('mous.create', signedMou([p.pemprov.id], { title: 'MoU Pemprov' }));
    const bytes = sample.pdf('bersama');
    const a = await mustAttach(bytes, 'naskah.pdf');
    const b = await mustAttach(bytes, 'naskah.pdf', other.id);
    const path = storedFilePath(store(), a.sha256, 'pdf');

    await t.must('attachments.unlink', { id: a.id });
    expect(existsSync(path)).toBe(true);
    expect(count('attachments')).toBe(1);
    await t.must('attachments.unlink', { id: b.id });
    expect(existsSync(path)).toBe(false);
    expect(count('attachments')).toBe(0);
    expect(count('attachment_links')).toBe(0);
    const again = await t.call('attachments.unlink', { id: b.id });
    expect(again.ok === false && again.error.code).toBe('NOT_FOUND');
  });

  it('records attaching and unlinking in the audit trail', async () => {
    const a = await mustAttach(sample.pdf(), 'naskah.pdf');
    await t.must('attachments.unlink', { id: a.id });
    const db = new Database(t.dbPath, { readonly: true });
    const rows = db.prepare(`SELECT entity, action FROM audit_log WHERE entity LIKE 'attachment%' ORDER BY rowid`).all();
    db.close();
    expect(rows).toEqual([
      { entity: 'attachment', action: 'create' },
      { entity: 'attachment_link', action: 'create' },
      { entity: 'attachment_link', action: 'delete' },
      { entity: 'attachment', action: 'delete' },
    ]);
  });

  it('deleting a record unlinks its attachments and removes unused files', async () => {
    const a = await mustAttach(sample.pdf(), 'naskah.pdf');
    await mustAttach(sample.jpeg(), 'foto.jpg');
    await t.must('mous.delete', { id: mou.id });
    expect(storedFiles()).toEqual([]);
    expect(count('attachment_links')).toBe(0);
    // The database itself refuses to delete a record that still has links.
    const other = await t.must('mous.create', signedMou([p.pemprov.id], { title: 'MoU lain' }));
    await mustAttach(sample.pdf(), 'naskah.pdf', other.id);
    const db = new Database(t.dbPath);
    expect(() => db.prepare('DELETE FROM mous WHERE id = ?').run(other.id)).toThrow(/unlink the attachments first/);
    db.close();
    expect(a.id).toBeTruthy();
  });

  it('leaves no file and no row when the transaction fails after the file was written', async () => {
    const kept = await mustAttach(sample.pdf('sudah ada'), 'naskah.pdf');
    const other = await t.must('mous.create', signedMou([p.pemprov.id], { title: 'MoU Pemprov' }));
    await t.core.close();
    const db = await openDatabase({ dbPath: t.dbPath, backupDir: join(t.dir, 'backups'), appVersion: 'x' });
    const written: string[] = [];
    const dispatch = createDispatch({
      dataSource: db.dataSource,
      raw: db.raw,
      handlers: {
        ...handlers,
        'attachments.add': async (input, ctx) => {
          const dto = await addAttachment(input, ctx);
          written.push(storedFilePath(ctx.paths.attachmentsDir, dto.sha256, dto.kind));
          throw new Error('disk on fire');
        },
      } as Handlers,
      appVersion: 'x',
      schemaVersion: db.schemaVersion,
      paths: t.core.paths,
      now: () => NOW,
      logError: () => {},
    });
    try {
      const before = databaseChecksum(t.dbPath);
      const filesBefore = storedFiles();
      const fresh = await dispatch('attachments.add', { entity: 'mou', entityId: other.id, fileName: 'baru.png', base64: b64(sample.png('baru')) }, t.ctx);
      expect(fresh.ok === false && fresh.error.code).toBe('INTERNAL');
      expect(written).toHaveLength(1);
      expect(existsSync(written[0]!)).toBe(false);
      // The same content as an existing attachment: the failed attempt must not take the stored copy with it.
      const twin = await dispatch('attachments.add', { entity: 'mou', entityId: other.id, fileName: 'salinan.pdf', base64: b64(sample.pdf('sudah ada')) }, t.ctx);
      expect(twin.ok).toBe(false);
      expect(existsSync(storedFilePath(t.core.paths.attachmentsDir, kept.sha256, 'pdf'))).toBe(true);
      expect(databaseChecksum(t.dbPath)).toBe(before);
      expect(storedFiles()).toEqual(filesBefore);
    } finally {
      await db.dataSource.destroy();
    }
  });
});

describe('attachments: a store that cannot be written', () => {
  it('refuses the attachment and changes nothing', async () => {
    const bytes = sample.pdf('tidak tertulis');
    // Something that is not a folder where the content's folder should be.
    mkdirSync(store(), { recursive: true });
    writeFileSync(join(store(), sha256Hex(bytes).slice(0, 2)), 'not a folder');
    const before = databaseChecksum(t.dbPath);
    const r = await attach(bytes, 'naskah.pdf');
    expect(r.ok === false && r.error.code).toBe('INTERNAL');
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });
});

describe('attachments: delivery', () => {
  it('hands the stored file to the host under its original name, never taking a path from the page', async () => {
    const a = await mustAttach(sample.pdf(), 'Naskah MoU.pdf');
    const host = recordingHost();
    const r = await t.call('attachments.deliver', { id: a.id, mode: 'saveAs' }, host.ctx);
    expect(r).toEqual({ ok: true, value: { outcome: 'opened', fileName: 'Naskah MoU.pdf' } });
    expect(host.calls).toHaveLength(1);
    const { file, mode } = host.calls[0]!;
    expect(mode).toBe('saveAs');
    expect(file.fileName).toBe('Naskah MoU.pdf');
    expect(file.mimeType).toBe('application/pdf');
    expect(isInside(store(), file.path)).toBe(true);
    expect(file.path.endsWith(`${a.sha256}.pdf`)).toBe(true);
    const withPath = await t.call('attachments.deliver', { id: a.id, mode: 'open', path: '/etc/passwd' } as never, host.ctx);
    expect(withPath.ok === false && withPath.error.code).toBe('VALIDATION');
    expect(host.calls).toHaveLength(1);
  });

  it('reports a missing or changed file instead of showing it', async () => {
    const a = await mustAttach(sample.pdf(), 'naskah.pdf');
    const path = storedFilePath(store(), a.sha256, 'pdf');
    const host = recordingHost();
    chmodSync(path, 0o644);
    writeFileSync(path, sample.pdf('DIUBAH'));
    const changed = await t.call('attachments.deliver', { id: a.id }, host.ctx);
    expect(changed.ok === false && changed.error.message).toBe('Berkas lampiran di folder data telah berubah atau rusak. Lampirkan ulang berkas aslinya.');
    unlinkSync(path);
    const missing = await t.call('attachments.deliver', { id: a.id }, host.ctx);
    expect(missing.ok === false && missing.error.code).toBe('NOT_FOUND');
    expect(host.calls).toHaveLength(0);
    // Attaching the original again repairs the store.
    const again = await t.call('attachments.add', { entity: 'mou', entityId: (await t.must('mous.create', signedMou([p.pemprov.id], { title: 'Lain' }))).id, fileName: 'naskah.pdf', base64: b64(sample.pdf()) });
    expect(again.ok).toBe(true);
    expect((await t.call('attachments.deliver', { id: a.id }, host.ctx)).ok).toBe(true);
  });

  it('refuses a stored path that leads outside the store', async () => {
    const a = await mustAttach(sample.pdf(), 'naskah.pdf');
    const host = recordingHost();
    // A link planted in the store, pointing at a file elsewhere with the same content.
    const path = storedFilePath(store(), a.sha256, 'pdf');
    const outside = join(t.dir, 'elsewhere.pdf');
    writeFileSync(outside, sample.pdf());
    chmodSync(path, 0o644);
    unlinkSync(path);
    symlinkSync(outside, path);
    const planted = await t.call('attachments.deliver', { id: a.id }, host.ctx);
    expect(planted.ok === false && planted.error.code).toBe('INTERNAL');
    // A tampered row naming a path instead of a hash.
    const db = new Database(t.dbPath);
    db.pragma('ignore_check_constraints = ON');
    db.prepare(`UPDATE attachments SET sha256 = '../../../../etc/passwd' WHERE id = ?`).run(a.attachmentId);
    db.close();
    const tampered = await t.call('attachments.deliver', { id: a.id }, host.ctx);
    expect(tampered.ok === false && tampered.error.code).toBe('INTERNAL');
    expect(host.calls).toHaveLength(0);
    expect(() => storedFilePath(store(), '../../../../etc/passwd', 'pdf')).toThrow();
    expect(isInside(store(), join(store(), '..', 'simpul.sqlite'))).toBe(false);
    expect(isInside(store(), store())).toBe(false);
  });

  it('needs a host to hand the file to', async () => {
    const a = await mustAttach(sample.pdf(), 'naskah.pdf');
    const r = await t.call('attachments.deliver', { id: a.id });
    expect(r.ok === false && r.error.code).toBe('PRECONDITION');
  });
});

describe('attachments: start-up sweep', () => {
  it('removes temporary and unreferenced files left by a crash, and nothing else', async () => {
    const a = await mustAttach(sample.pdf(), 'naskah.pdf');
    const keep = storedFilePath(store(), a.sha256, 'pdf');
    const orphanHash = sha256Hex(sample.png('yatim'));
    const orphan = storedFilePath(store(), orphanHash, 'png');
    mkdirSync(join(orphan, '..'), { recursive: true });
    writeFileSync(orphan, sample.png('yatim'));
    const temp = join(keep, '..', `.${a.sha256}.pdf.0a1b2c.tmp`);
    writeFileSync(temp, 'half a file');
    const foreign = join(store(), 'catatan-admin.txt');
    writeFileSync(foreign, 'not ours');

    // Young files are left alone (another process may be about to commit them) ...
    await t.reopen();
    expect(existsSync(orphan) && existsSync(temp)).toBe(true);
    // ... and removed once old enough.
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const f of [orphan, temp]) utimesSync(f, hourAgo, hourAgo);
    await t.reopen();
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(temp)).toBe(false);
    expect(existsSync(keep)).toBe(true);
    expect(existsSync(foreign)).toBe(true);
    expect(await sweepAttachmentStore(new Database(t.dbPath, { readonly: true }), store(), 0)).toEqual([]);
  });
});
