import type { AttachableEntity, AttachmentKind } from '../attachments';

/** One file attached to one record (the link), with the stored file's facts. */
export interface AttachmentDto {
  /** The link's id: what list, unlink and deliver take. */
  id: string;
  attachmentId: string;
  entity: AttachableEntity;
  entityId: string;
  /** The name the file had when attached here (sanitised). */
  fileName: string;
  kind: AttachmentKind;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
  updatedAt: string;
}
