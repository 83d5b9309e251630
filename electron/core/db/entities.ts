import { ActionPlanEntity, ActionPlanPointEntity, CommitmentEntity, CommitmentPrintEntity, CommitmentProgressEntity, CommitmentTemplateEntity } from '../actionPlans/entities';
import { AgencyEntity, AgencyGroupEntity } from '../agencies/entities';
import { TechnicalAssistanceEntity } from '../assistance/entities';
import { AttachmentEntity, AttachmentLinkEntity } from '../attachments/entities';
import { ARCHIVE_ENTITIES } from '../archive/entities';
import { AuditEntryEntity } from '../audit/entity';
import { CaseEntity, CaseEventEntity, CaseLinkEntity, CaseMaladministrationEntity, CaseReporterEntity } from '../cases/entities';
import { CASE_SETUP_ENTITIES } from '../cases/setupEntities';
import { UserEntity } from '../auth/entity';
import { GeneratedDocumentEntity } from '../documents/entity';
import { EventAttendeeEntity, EventInvitationEntity, EventTypeEntity, NetworkEventEntity } from '../events/entities';
import { MouAgencyEntity, MouEntity } from '../mous/entities';
import { FocalAssignmentEntity, FocalPersonEntity } from '../roster/entities';
import { OfficeSettingsEntity } from '../settings/entity';

/** Every entity TypeORM knows. A new table: its EntitySchema here, its DDL in a migration. */
export const ENTITIES = [OfficeSettingsEntity, AgencyGroupEntity, AgencyEntity, AuditEntryEntity, FocalPersonEntity, FocalAssignmentEntity, GeneratedDocumentEntity,
  AttachmentEntity, AttachmentLinkEntity, MouEntity, MouAgencyEntity, TechnicalAssistanceEntity,
  EventTypeEntity, NetworkEventEntity, EventInvitationEntity, EventAttendeeEntity,
  CommitmentTemplateEntity, ActionPlanEntity, ActionPlanPointEntity, CommitmentEntity, CommitmentPrintEntity, CommitmentProgressEntity,
  UserEntity,
  CaseEntity, CaseReporterEntity, CaseEventEntity, CaseMaladministrationEntity, CaseLinkEntity, ...CASE_SETUP_ENTITIES,
  ...ARCHIVE_ENTITIES];
