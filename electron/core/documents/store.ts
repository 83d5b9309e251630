import { createHash } from 'node:crypto';
import { realpath, rm, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { GeneratedDocumentDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { DomainError, notFound } from '../errors';
import type { DeliverableFile } from '../host';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { writeFileAtomic } from './atomicWrite';
import { GeneratedDocumentEntity, type GeneratedDocument } from './entity';

export interface NewDocument {
  kind: string;
  title: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  pages: number | null;
  related?: { entity: string; id: string };
}

export function toGeneratedDocumentDto(d: GeneratedDocument): GeneratedDocumentDto {
  return { id: d.id, kind: d.kind, title: d.title, fileName: d.fileName, mimeType: d.mimeType, pages: d.pages, sizeBytes: d.sizeBytes, createdAt: d.createdAt };
}

/**
 * Keeps a generated file under the documents folder and records it, with an audit entry, in
 * the caller's transaction. The file is written (atomically) first; if recording it fails the
 * file is removed again, so a row never points at nothing and a failure leaves no stray file.
 * The stored path is built from the id only, never from user text.
 */
export async function storeGeneratedDocument(input: NewDocument, ctx: ServiceContext): Promise<GeneratedDocumentDto> {
  const officeCode = await requireOfficeCode(ctx);
  const id = uuidv7();
  const now = ctx.now().toISOString();
  const relPath = `${now.slice(0, 4)}/${id}${extname(input.fileName).toLowerCase()}`;
  const target = join(ctx.paths.documentsDir, ...relPath.split('/'));
  await writeFileAtomic(target, input.bytes);
  const row: GeneratedDocument = {
    id,
    officeCode,
    kind: input.kind,
    title: input.title,
    fileName: input.fileName,
    relPath,
    mimeType: input.mimeType,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    sizeBytes: input.bytes.byteLength,
    pages: input.pages,
    relatedEntity: input.related?.entity ?? null,
    relatedId: input.related?.id ?? null,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ctx.manager.insert(GeneratedDocumentEntity, row);
    await ctx.audit.record({ entity: 'generated_document', entityId: id, action: 'generate', before: null, after: row });
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
  // A later step of the same request may still fail (e.g. marking printed sheets): no stray file then.
  ctx.effects.onRollback(() => rm(target, { force: true }));
  return toGeneratedDocumentDto(row);
}

/**
 * The file behind a generated-document record, for delivery. The stored path must resolve
 * (symbolic links followed) to a place inside the documents folder: a row edited to point
 * elsewhere never hands out another file.
 */
export async function deliverableDocument(id: string, ctx: ServiceContext): Promise<DeliverableFile> {
  const row = await ctx.manager.findOne(GeneratedDocumentEntity, { where: { id } });
  if (!row) throw notFound();
  const root = ctx.paths.documentsDir;
  const path = join(root, ...row.relPath.split('/'));
  if (!isInside(root, path)) throw new DomainError('FORBIDDEN', 'documentOutsideStore');
  const missing = () => new DomainError('NOT_FOUND', 'documentFileMissing', { fileName: row.fileName });
  let real: string;
  try {
    real = await realpath(path);
    if (!(await stat(real)).isFile()) throw missing();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw missing();
  }
  if (!isInside(await realpath(root), real)) throw new DomainError('FORBIDDEN', 'documentOutsideStore');
  return { path: real, fileName: row.fileName, mimeType: row.mimeType };
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
