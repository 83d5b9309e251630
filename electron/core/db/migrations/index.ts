import { InitialSchema0001 } from './0001-initial-schema';
import { FocalPoints0002 } from './0002-focal-points';
import { GeneratedDocuments0003 } from './0003-generated-documents';
import { MousAssistanceAttachments0004 } from './0004-mous-assistance-attachments';
import { UsersRolesAuditChain0005 } from './0005-users-roles-audit-chain';
import { EventsActionPlans0006 } from './0006-events-action-plans';
import { Complaints0007 } from './0007-complaints';
import { ArchivesBackups0008 } from './0008-archives-backups';
import { Updates0009 } from './0009-updates';
import type { SimpulMigration } from './types';

/** The ordered list of schema steps. How to add one: README "Adding a migration". */
export const MIGRATIONS: readonly SimpulMigration[] = [
  new InitialSchema0001(),
  new FocalPoints0002(),
  new GeneratedDocuments0003(),
  new MousAssistanceAttachments0004(),
  new UsersRolesAuditChain0005(),
  new EventsActionPlans0006(),
  new Complaints0007(),
  new ArchivesBackups0008(),
  new Updates0009(),
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
