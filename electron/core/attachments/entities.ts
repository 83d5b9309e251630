import { EntitySchema } from 'typeorm';
import type { AttachableEntity, AttachmentKind } from '../../../shared/attachments';
import { baseColumns, type BaseRecord } from '../db/baseColumns';

/** One stored content: the bytes live in the attachment store under their SHA-256. */
export interface Attachment extends BaseRecord {
  sha256: string;
  kind: AttachmentKind;
  mimeType: string;
  sizeBytes: number;
  /** The name the content was first stored under. */
  fileName: string;
}

export const AttachmentEntity = new EntitySchema<Attachment>({
  name: 'Attachment',
  tableName: 'attachments',
  columns: {
    ...baseColumns,
    sha256: { type: 'text' },
    kind: { type: 'text' },
    mimeType: { name: 'mime_type', type: 'text' },
    sizeBytes: { name: 'size_bytes', type: 'integer' },
    fileName: { name: 'file_name', type: 'text' },
  },
});

/** A stored content attached to one record, under the name it had when attached there. */
export interface AttachmentLink extends BaseRecord {
  attachmentId: string;
  entity: AttachableEntity;
  entityId: string;
  fileName: string;
}

export const AttachmentLinkEntity = new EntitySchema<AttachmentLink>({
  name: 'AttachmentLink',
  tableName: 'attachment_links',
  columns: {
    ...baseColumns,
    attachmentId: { name: 'attachment_id', type: 'text' },
    entity: { type: 'text' },
    entityId: { name: 'entity_id', type: 'text' },
    fileName: { name: 'file_name', type: 'text' },
  },
});
