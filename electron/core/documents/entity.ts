import { EntitySchema } from 'typeorm';
import { baseColumns, type BaseRecord } from '../db/baseColumns';

export interface GeneratedDocument extends BaseRecord {
  /** What the document is, e.g. "handover", "focalDirectory", "focalDirectoryXlsx". */
  kind: string;
  title: string;
  /** The name the user sees and saves under. */
  fileName: string;
  /** Path under the documents folder, with forward slashes; never chosen by the user. */
  relPath: string;
  mimeType: string;
  sha256: string;
  sizeBytes: number;
  pages: number | null;
  /** The record it was made for (e.g. "focal_assignment" + id), if any. */
  relatedEntity: string | null;
  relatedId: string | null;
}

export const GeneratedDocumentEntity = new EntitySchema<GeneratedDocument>({
  name: 'GeneratedDocument',
  tableName: 'generated_documents',
  columns: {
    ...baseColumns,
    kind: { type: 'text' },
    title: { type: 'text' },
    fileName: { name: 'file_name', type: 'text' },
    relPath: { name: 'rel_path', type: 'text' },
    mimeType: { name: 'mime_type', type: 'text' },
    sha256: { type: 'text' },
    sizeBytes: { name: 'size_bytes', type: 'integer' },
    pages: { type: 'integer', nullable: true },
    relatedEntity: { name: 'related_entity', type: 'text', nullable: true },
    relatedId: { name: 'related_id', type: 'text', nullable: true },
  },
});
