import { AgencyEntity, AgencyGroupEntity } from '../agencies/entities';
import { TechnicalAssistanceEntity } from '../assistance/entities';
import { AttachmentEntity, AttachmentLinkEntity } from '../attachments/entities';
import { AuditEntryEntity } from '../audit/entity';
import { GeneratedDocumentEntity } from '../documents/entity';
import { MouAgencyEntity, MouEntity } from '../mous/entities';
import { FocalAssignmentEntity, FocalPersonEntity } from '../roster/entities';
import { OfficeSettingsEntity } from '../settings/entity';

/** Every entity TypeORM knows. A new table: its EntitySchema here, its DDL in a migration. */
export const ENTITIES = [OfficeSettingsEntity, AgencyGroupEntity, AgencyEntity, AuditEntryEntity, FocalPersonEntity, FocalAssignmentEntity, GeneratedDocumentEntity,
  AttachmentEntity, AttachmentLinkEntity, MouEntity, MouAgencyEntity, TechnicalAssistanceEntity];
