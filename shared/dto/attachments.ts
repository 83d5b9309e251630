import type { AttachableEntity, AttachmentKind } from '../attachments';

/** One file attached to one record (the link), with the stored file's facts. */
export interface AttachmentDto {
  /** The link's id: what list, unlink and deliver take. */
  id: string;
  attachmentId: string;
  entity: AttachableEntity;
  entityId: string;
  /** The name the file had when attached here (sanitised); '' when restricted. */
  fileName: string;
  /**
   * A file of a confidential case (or of its timeline) shown to someone without the right to
   * see reporter identities: it is listed so the clerk knows it exists, without its name or
   * hash, and cannot be opened, saved or removed by them.
   */
  restricted: boolean;
  kind: AttachmentKind;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
  updatedAt: string;
}
