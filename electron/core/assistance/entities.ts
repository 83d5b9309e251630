import { EntitySchema } from 'typeorm';
import type { AssistanceTopic } from '../../../shared/dto';
import { baseColumns, type BaseRecord } from '../db/baseColumns';

/** One session of technical assistance (pendampingan teknis) given to a partner agency. */
export interface TechnicalAssistance extends BaseRecord {
  agencyId: string;
  topic: AssistanceTopic;
  topicOther: string;
  heldOn: string;
  officeStaff: string;
  participantCount: number | null;
  participantNames: string;
  outcome: string;
  notes: string;
}

export const TechnicalAssistanceEntity = new EntitySchema<TechnicalAssistance>({
  name: 'TechnicalAssistance',
  tableName: 'technical_assistance',
  columns: {
    ...baseColumns,
    agencyId: { name: 'agency_id', type: 'text' },
    topic: { type: 'text' },
    topicOther: { name: 'topic_other', type: 'text' },
    heldOn: { name: 'held_on', type: 'text' },
    officeStaff: { name: 'office_staff', type: 'text' },
    participantCount: { name: 'participant_count', type: 'integer', nullable: true },
    participantNames: { name: 'participant_names', type: 'text' },
    outcome: { type: 'text' },
    notes: { type: 'text' },
  },
});
