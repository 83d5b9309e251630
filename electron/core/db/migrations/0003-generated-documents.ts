import type { QueryRunner } from 'typeorm';
import type { SimpulMigration } from './types';

/**
 * Documents Simpul produced (PDF, XLSX): the file lives under the documents folder at
 * rel_path, this row says what it is, what it was made for, and its digest (so a copy handed
 * to head office can be checked against what was printed).
 */
export class GeneratedDocuments0003 implements SimpulMigration {
  readonly version = 3;
  readonly name = 'generated-documents';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE generated_documents (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      file_name TEXT NOT NULL,
      rel_path TEXT NOT NULL UNIQUE,
      mime_type TEXT NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
      pages INTEGER CHECK (pages IS NULL OR pages >= 1),
      related_entity TEXT,
      related_id TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX generated_documents_related ON generated_documents (related_entity, related_id, created_at)`);
    await q.query(`CREATE INDEX generated_documents_kind ON generated_documents (kind, created_at)`);
  }
}
