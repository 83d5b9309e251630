import { realpath } from 'node:fs/promises';
import type { z } from 'zod';
import { ATTACHMENT_KINDS, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_LABEL, type AttachableEntity, type AttachmentKind } from '../../../shared/attachments';
import type { attachmentAddInput } from '../../../shared/contract/attachments';
import type { AttachmentDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { SYNC_TABLES } from '../db/tableRegistry';
import { DomainError, notFound } from '../errors';
import type { DeliverableFile } from '../host';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { AttachmentEntity, AttachmentLinkEntity, type Attachment, type AttachmentLink } from './entities';
import { classifyAttachment } from './fileType';
import { isInside, removeIfUnreferenced, sha256Hex, storedFilePath, storeContent, verifyStored } from './store';
import { ATTACHMENT_TARGET_TABLES, assertAttachmentTarget } from './targets';

type AddInput = z.output<typeof attachmentAddInput>;

const LINK_SELECT = `l.id, l.attachment_id, l.entity, l.entity_id, l.file_name, l.created_at, l.updated_at,
  a.kind, a.mime_type, a.size_bytes, a.sha256
  FROM attachment_links l JOIN attachments a ON a.id = l.attachment_id`;

interface LinkRow {
  id: string;
  attachment_id: string;
  entity: AttachableEntity;
  entity_id: string;
  file_name: string;
  created_at: string;
  updated_at: string;
  kind: AttachmentKind;
  mime_type: string;
  size_bytes: number;
  sha256: string;
}

const toDto = (r: LinkRow, restricted = false): AttachmentDto => ({
  id: r.id,
  attachmentId: r.attachment_id,
  entity: r.entity,
  entityId: r.entity_id,
  fileName: restricted ? '' : r.file_name,
  kind: r.kind,
  mimeType: r.mime_type,
  sizeBytes: r.size_bytes,
  sha256: restricted ? '' : r.sha256,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  restricted,
});

/**
 * Which records' files are confidential: the table registry's rule that keeps them out of
 * archives (e.g. everything attached to a confidential case or to its timeline), so the app
 * and the archive agree. Each query takes the office code and selects the confidential ids.
 */
const CONFIDENTIAL_TARGETS: ReadonlyMap<string, string> = new Map(
  SYNC_TABLES.flatMap((t) => (t.confidential?.attachmentEntity && t.confidential.rowsSql ? [[t.confidential.attachmentEntity, t.confidential.rowsSql] as const] : [])),
);

type AccessContext = Pick<ServiceContext, 'manager' | 'request'>;

/** Whether the files attached to (entity, entityId) are confidential, whoever asks. */
async function isConfidentialTarget(entity: AttachableEntity, entityId: string, ctx: Pick<ServiceContext, 'manager'>): Promise<boolean> {
  const rowsSql = CONFIDENTIAL_TARGETS.get(entity);
  if (!rowsSql) return false;
  const [target] = (await ctx.manager.query(`SELECT office_code FROM ${ATTACHMENT_TARGET_TABLES[entity]} WHERE id = ?`, [entityId])) as Array<{ office_code: string }>;
  if (!target) return false;
  const hits = (await ctx.manager.query(`SELECT 1 AS hit FROM (${rowsSql}) confidential_rows WHERE confidential_rows.id = ?`, [target.office_code, entityId])) as unknown[];
  return hits.length > 0;
}

/** Whether this request may not see the files attached to (entity, entityId). */
async function isRestrictedTarget(entity: AttachableEntity, entityId: string, ctx: AccessContext): Promise<boolean> {
  return !ctx.request.permissions.has('confidential.read') && (await isConfidentialTarget(entity, entityId, ctx));
}

/**
 * What the audit trail keeps of a file on a confidential record: not its name, which may name
 * the reporter ("KTP <name>.pdf"); the trail is shown to administrators and travels in archives.
 */
const CONCEALED_NAME = 'Dirahasiakan';
async function auditedLink<T extends { fileName: string }>(value: T, entity: AttachableEntity, entityId: string, ctx: Pick<ServiceContext, 'manager'>): Promise<T> {
  return (await isConfidentialTarget(entity, entityId, ctx)) ? { ...value, fileName: CONCEALED_NAME } : value;
}

/** Refuses to open, save or unlink a file this request may not see. */
async function assertMaySee(link: AttachmentDto, ctx: AccessContext): Promise<void> {
  if (await isRestrictedTarget(link.entity, link.entityId, ctx)) throw new DomainError('FORBIDDEN', 'attachmentConfidential');
}

/** SQL for the number of files attached to each row of `alias` (e.g. "m" for mous m). */
export const attachmentCountSql = (entity: AttachableEntity, alias: string): string =>
  `(SELECT count(*) FROM attachment_links al WHERE al.entity = '${entity}' AND al.entity_id = ${alias}.id)`;

async function linkRows(input: { entity: AttachableEntity; entityId: string }, ctx: Pick<ServiceContext, 'manager'>): Promise<LinkRow[]> {
  return (await ctx.manager.query(`SELECT ${LINK_SELECT} WHERE l.entity = ? AND l.entity_id = ? ORDER BY l.created_at, l.id`, [input.entity, input.entityId])) as LinkRow[];
}

/** The files of a record, as this request may see them (names withheld on a confidential case). */
export async function listAttachments(input: { entity: AttachableEntity; entityId: string }, ctx: AccessContext): Promise<AttachmentDto[]> {
  const rows = await linkRows(input, ctx);
  const restricted = rows.length > 0 && (await isRestrictedTarget(input.entity, input.entityId, ctx));
  return rows.map((r) => toDto(r, restricted));
}

async function getLink(id: string, ctx: Pick<ServiceContext, 'manager'>): Promise<AttachmentDto> {
  const rows = (await ctx.manager.query(`SELECT ${LINK_SELECT} WHERE l.id = ?`, [id])) as LinkRow[];
  if (rows.length === 0) throw notFound();
  return toDto(rows[0]!);
}

/** Whether any row (of any office) still names a content; reads committed state. */
const referencedBy = (ctx: Pick<ServiceContext, 'raw'>) => (sha256: string): boolean =>
  ctx.raw.prepare('SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1').get(sha256) !== undefined;

/** A full disk or a read-only data folder is something the clerk can act on. */
function writeFailure(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EDQUOT', 'EIO'].includes(code)
    ? Object.assign(new DomainError('STORAGE', 'attachmentWriteFailed'), { cause: error })
    : error;
}

const contentError = (key: 'attachmentEmpty' | 'attachmentTooLarge') => {
  const params = key === 'attachmentTooLarge' ? { max: MAX_ATTACHMENT_LABEL } : undefined;
  return new DomainError('VALIDATION', key, params, { base64: { key, params } });
};

/**
 * Attaches a file to a record. Its type comes from its bytes; the bytes are written to the
 * store (if not there already) before the rows, inside the request's transaction: if the
 * transaction then fails, the freshly written file is removed again (onRollback), and if the
 * process dies first, the start-up sweep finds it unreferenced.
 */
export async function addAttachment(input: AddInput, ctx: ServiceContext): Promise<AttachmentDto> {
  const officeCode = await requireOfficeCode(ctx);
  await assertAttachmentTarget(input.entity, input.entityId, ctx);
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0) throw contentError('attachmentEmpty');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw contentError('attachmentTooLarge');
  const { kind, fileName } = classifyAttachment(bytes, input.fileName);
  const sha256 = sha256Hex(bytes);

  let stored = await ctx.manager.findOne(AttachmentEntity, { where: { officeCode, sha256 } });
  if (stored) {
    const twin = await ctx.manager.findOne(AttachmentLinkEntity, { where: { attachmentId: stored.id, entity: input.entity, entityId: input.entityId } });
    if (twin) {
      const params = { name: twin.fileName };
      throw new DomainError('DUPLICATE', 'attachmentDuplicate', params, { base64: { key: 'attachmentDuplicate', params } });
    }
  }

  const root = ctx.paths.attachmentsDir;
  const cleanUp = () => ctx.effects.onRollback(() => removeIfUnreferenced(root, sha256, kind, referencedBy(ctx)).then(() => undefined));
  try {
    await storeContent(root, sha256, kind, bytes, cleanUp);
  } catch (error) {
    throw writeFailure(error);
  }

  const now = ctx.now().toISOString();
  if (!stored) {
    stored = { id: uuidv7(), officeCode, sha256, kind, mimeType: ATTACHMENT_KINDS[kind].mime, sizeBytes: bytes.length, fileName, createdAt: now, updatedAt: now } satisfies Attachment;
    await ctx.manager.insert(AttachmentEntity, stored);
    await ctx.audit.record({ entity: 'attachment', entityId: stored.id, action: 'create', before: null, after: await auditedLink(stored, input.entity, input.entityId, ctx) });
  }
  const link: AttachmentLink = { id: uuidv7(), officeCode, attachmentId: stored.id, entity: input.entity, entityId: input.entityId, fileName, createdAt: now, updatedAt: now };
  await ctx.manager.insert(AttachmentLinkEntity, link);
  const dto = await getLink(link.id, ctx);
  await ctx.audit.record({ entity: 'attachment_link', entityId: link.id, action: 'create', before: null, after: await auditedLink(dto, input.entity, input.entityId, ctx) });
  return dto;
}

/** Drops the stored content once no link uses it; its file goes after the commit. */
async function dropIfUnused(attachmentId: string, concealName: boolean, ctx: ServiceContext): Promise<void> {
  if ((await ctx.manager.count(AttachmentLinkEntity, { where: { attachmentId } })) > 0) return;
  const stored = await ctx.manager.findOne(AttachmentEntity, { where: { id: attachmentId } });
  if (!stored) return;
  await ctx.manager.delete(AttachmentEntity, { id: attachmentId });
  await ctx.audit.record({ entity: 'attachment', entityId: attachmentId, action: 'delete', before: concealName ? { ...stored, fileName: CONCEALED_NAME } : stored, after: null });
  const root = ctx.paths.attachmentsDir;
  ctx.effects.afterCommit(() => removeIfUnreferenced(root, stored.sha256, stored.kind, referencedBy(ctx)).then(() => undefined));
}

async function unlinkOne(link: AttachmentDto, ctx: ServiceContext): Promise<void> {
  const audited = await auditedLink(link, link.entity, link.entityId, ctx);
  await ctx.manager.delete(AttachmentLinkEntity, { id: link.id });
  await ctx.audit.record({ entity: 'attachment_link', entityId: link.id, action: 'delete', before: audited, after: null });
  await dropIfUnused(link.attachmentId, audited.fileName === CONCEALED_NAME, ctx);
}

export async function unlinkAttachment(input: { id: string }, ctx: ServiceContext): Promise<{ id: string }> {
  const link = await getLink(input.id, ctx);
  await assertMaySee(link, ctx);
  await unlinkOne(link, ctx);
  return { id: input.id };
}

/** Before a record is deleted: its attachments go with it (the files once unused). */
export async function unlinkAllAttachments(entity: AttachableEntity, entityId: string, ctx: ServiceContext): Promise<number> {
  const links = (await linkRows({ entity, entityId }, ctx)).map((r) => toDto(r));
  for (const link of links) await unlinkOne(link, ctx);
  return links.length;
}

/**
 * Resolves an attachment for the transport to open or save. The path is built from the
 * stored hash only and must resolve (links followed) to a file inside the store; the content
 * is checked against its hash so a changed or damaged file is reported, not shown.
 */
export async function deliverAttachment(input: { id: string }, ctx: ServiceContext): Promise<DeliverableFile> {
  const link = await getLink(input.id, ctx);
  await assertMaySee(link, ctx);
  const root = ctx.paths.attachmentsDir;
  const path = storedFilePath(root, link.sha256, link.kind);
  const missing = () => new DomainError('NOT_FOUND', 'attachmentMissing');
  const real = await realpath(path).catch(() => null);
  const realRoot = await realpath(root).catch(() => null);
  if (real === null || realRoot === null) throw missing();
  if (!isInside(realRoot, real)) throw new Error(`Attachment ${link.id} resolves outside the store: ${real}`);
  const state = await verifyStored(real, link.sha256, link.sizeBytes);
  if (state === 'missing') throw missing();
  if (state === 'corrupt') throw new DomainError('PRECONDITION', 'attachmentCorrupt');
  return { path: real, fileName: link.fileName, mimeType: link.mimeType };
}
