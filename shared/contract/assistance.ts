import { z } from 'zod';
import type { AssistanceDto, AssistancePageDto } from '../dto';
import { ASSISTANCE_TOPICS } from '../dto/partnerships';
import { isoDate, optionalLine, optionalText, recordId } from '../validation';
import { mutation, query } from './define';

export const MAX_PARTICIPANTS = 10_000;

const participantCount = z
  .number({ error: 'invalidType' })
  .int({ error: 'invalidType' })
  .nullable()
  .default(null)
  .superRefine((n, ctx) => {
    if (n !== null && (n < 1 || n > MAX_PARTICIPANTS)) {
      ctx.addIssue({ code: 'custom', message: 'numberRange', params: { min: 1, max: MAX_PARTICIPANTS } });
    }
  });

/** Non-empty lines of a multi-line list of names. */
export const nameLines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

export const assistanceFields = {
  agencyId: recordId(),
  topic: z.enum(ASSISTANCE_TOPICS, { error: (issue) => (issue.input === undefined ? 'required' : 'invalidOption') }),
  topicOther: optionalLine(200),
  date: isoDate(),
  officeStaff: optionalText(1000).refine((s) => s !== '', { error: 'required' }),
  participantCount,
  participantNames: optionalText(4000),
  outcome: optionalText(4000),
  notes: optionalText(4000),
};

type RuleInput = { topic: string; topicOther: string; participantCount: number | null; participantNames: string };

export function checkAssistanceRules(v: RuleInput, ctx: z.core.$RefinementCtx<RuleInput>): void {
  if (v.topic === 'lainnya' && v.topicOther === '') ctx.addIssue({ code: 'custom', message: 'assistanceTopicOther', path: ['topicOther'] });
  const names = nameLines(v.participantNames).length;
  if (v.participantCount === null && names === 0) {
    ctx.addIssue({ code: 'custom', message: 'assistanceParticipants', path: ['participantCount'] });
  } else if (v.participantCount !== null && v.participantCount < names) {
    ctx.addIssue({ code: 'custom', message: 'assistanceCountBelowNames', path: ['participantCount'], params: { count: v.participantCount, names } });
  }
}

export const assistanceCreateInput = z.object(assistanceFields).strict().superRefine(checkAssistanceRules);
export type AssistanceCreateInput = z.input<typeof assistanceCreateInput>;

export const assistanceUpdateInput = z
  .object({ id: recordId(), expectedUpdatedAt: z.string().max(40).optional(), ...assistanceFields })
  .strict()
  .superRefine(checkAssistanceRules);
export type AssistanceUpdateInput = z.input<typeof assistanceUpdateInput>;

export const assistanceListInput = z
  .object({
    search: z.string().max(200).default(''),
    agencyId: recordId().optional(),
    topic: z.enum(['all', ...ASSISTANCE_TOPICS]).default('all'),
    year: z.number().int().min(1945).max(2200).optional(),
    sortDir: z.enum(['asc', 'desc']).default('desc'),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(500).default(25),
  })
  .strict();
export type AssistanceListInput = z.input<typeof assistanceListInput>;

export const assistanceChannels = {
  'assistance.list': query<AssistancePageDto>()(assistanceListInput, 'app.read'),
  'assistance.get': query<AssistanceDto>()(z.object({ id: recordId() }).strict(), 'app.read'),
  'assistance.create': mutation<AssistanceDto>()(assistanceCreateInput, 'records.write'),
  'assistance.update': mutation<AssistanceDto>()(assistanceUpdateInput, 'records.write'),
  'assistance.delete': mutation<{ id: string }>()(
    z.object({ id: recordId(), expectedUpdatedAt: z.string().max(40).optional() }).strict(),
    'records.write',
  ),
};

export function assistanceEditableFields(a: AssistanceDto): Required<AssistanceCreateInput> {
  return {
    agencyId: a.agencyId,
    topic: a.topic,
    topicOther: a.topicOther,
    date: a.date,
    officeStaff: a.officeStaff,
    participantCount: a.participantCount,
    participantNames: a.participantNames,
    outcome: a.outcome,
    notes: a.notes,
  };
}
