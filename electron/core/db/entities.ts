import { AgencyEntity, AgencyGroupEntity } from '../agencies/entities';
import { AuditEntryEntity } from '../audit/entity';
import { FocalAssignmentEntity, FocalPersonEntity } from '../roster/entities';
import { OfficeSettingsEntity } from '../settings/entity';

/** Every entity TypeORM knows. A new table: its EntitySchema here, its DDL in a migration. */
export const ENTITIES = [OfficeSettingsEntity, AgencyGroupEntity, AgencyEntity, AuditEntryEntity, FocalPersonEntity, FocalAssignmentEntity];
