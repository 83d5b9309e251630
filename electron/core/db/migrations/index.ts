import { InitialSchema0001 } from './0001-initial-schema';
import { FocalPoints0002 } from './0002-focal-points';
import { GeneratedDocuments0003 } from './0003-generated-documents';
import { MousAssistanceAttachments0004 } from './0004-mous-assistance-attachments';
import type { SimpulMigration } from './types';

/** The ordered list of schema steps. How to add one: README "Adding a migration". */
export const MIGRATIONS: readonly SimpulMigration[] = [
  new InitialSchema0001(),
  new FocalPoints0002(),
  new GeneratedDocuments0003(),
  new MousAssistanceAttachments0004(),
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
