import { todayIso } from '../../../../shared/dates';
import type { AssistanceCreateInput } from '../../../../shared/contract/assistance';
import type { AssistanceDto, AssistanceTopic } from '../../../../shared/dto';

export interface AssistanceFormValues extends Record<string, unknown> {
  agencyId: string;
  topic: AssistanceTopic | '';
  topicOther: string;
  date: string;
  officeStaff: string;
  /** A number input holds "" while empty. */
  participantCount: number | string;
  participantNames: string;
  outcome: string;
  notes: string;
}

export const ASSISTANCE_FIELDS = [
  'agencyId', 'topic', 'topicOther', 'date', 'officeStaff', 'participantCount', 'participantNames', 'outcome', 'notes',
] as const satisfies ReadonlyArray<keyof AssistanceFormValues>;

export function toAssistanceFormValues(item?: AssistanceDto | null, agencyId?: string): AssistanceFormValues {
  return {
    agencyId: item?.agencyId ?? agencyId ?? '',
    topic: item?.topic ?? '',
    topicOther: item?.topicOther ?? '',
    date: item?.date ?? todayIso(),
    officeStaff: item?.officeStaff ?? '',
    participantCount: item?.participantCount ?? '',
    participantNames: item?.participantNames ?? '',
    outcome: item?.outcome ?? '',
    notes: item?.notes ?? '',
  };
}

/** Form values as the contract takes them: an unchosen topic is missing, an empty count is none. */
export function toAssistanceInput(v: AssistanceFormValues): AssistanceCreateInput {
  return {
    ...v,
    // Nothing chosen yet reads as missing ("Wajib diisi"), not as a malformed choice.
    agencyId: v.agencyId || (undefined as unknown as string),
    topic: (v.topic || undefined) as AssistanceTopic,
    participantCount: v.participantCount === '' ? null : Number(v.participantCount),
  };
}
