import { z } from 'zod';
import { checkTemplateText, PLACEHOLDER_NAMES } from '../commitmentTemplate';
import { MANUAL_TARGETS } from '../commitmentFlow';
import type {
  ActionPlanDto, ActionPlanPageDto, BatchJobDto, BatchResultDto, CodeMatchDto, CommitmentBoardDto, CommitmentDto,
  CommitmentTemplateDto, GeneratedDocumentDto, ProgressMatrixDto,
} from '../dto';
import { BATCH_ORDERS, BOARD_FILTERS, PROGRESS_STATUSES } from '../dto/actionPlans';
import { isoDate, optionalLine, optionalNip, optionalText, recordId, requiredLine } from '../validation';
import { mutation, query } from './define';
import { optionalDate } from './mous';

const KNOWN = PLACEHOLDER_NAMES.map((n) => `{${n}}`).join(', ');

/** A template text: every {placeholder} must be a known one (named in the error otherwise). */
const templateText = <T extends z.ZodType<string>>(base: T) =>
  base.superRefine((s, ctx) => {
    const problem = checkTemplateText(s);
    if (problem?.code === 'templateUnknownPlaceholder') {
      ctx.addIssue({ code: 'custom', message: problem.code, params: { placeholder: problem.placeholder, known: KNOWN } });
    } else if (problem) ctx.addIssue({ code: 'custom', message: problem.code });
  });

const requiredText = (max: number) => optionalText(max).refine((s) => s !== '', { error: 'required' });

export const commitmentTemplateSaveInput = z
  .object({
    id: recordId().optional(),
    name: requiredLine(120),
    sheetTitle: templateText(requiredLine(200)),
    opening: templateText(requiredText(4000)),
    closing: templateText(optionalText(4000)),
    active: z.boolean().default(true),
  })
  .strict();
export type CommitmentTemplateSaveInput = z.input<typeof commitmentTemplateSaveInput>;

export const planPointInput = z.object({ id: recordId().optional(), text: requiredText(2000) }).strict();

export const actionPlanFields = {
  title: requiredLine(300),
  year: z.number({ error: 'required' }).int({ error: 'invalidType' }).min(2000, { error: 'invalidType' }).max(2100, { error: 'invalidType' }),
  eventId: recordId().nullable().default(null),
  templateId: recordId(),
  signingDate: optionalDate(),
  place: optionalLine(100),
  witnessName: optionalLine(120),
  witnessPosition: optionalLine(200),
  witnessNip: optionalNip(),
  notes: optionalText(4000),
  points: z.array(planPointInput, { error: 'invalidType' }).max(30).default([]),
  /** Participating agencies, in the order their sheets print by default. */
  agencyIds: z.array(recordId(), { error: 'invalidType' }).max(1000).default([]),
};

type PlanRuleInput = { witnessName: string; witnessPosition: string; witnessNip: string; points: unknown[]; agencyIds: string[] };

export function checkPlanRules(v: PlanRuleInput, ctx: z.core.$RefinementCtx<PlanRuleInput>): void {
  if (v.points.length === 0) ctx.addIssue({ code: 'custom', message: 'pointsRequired', path: ['points'] });
  if (v.witnessName === '' && (v.witnessPosition !== '' || v.witnessNip !== '')) ctx.addIssue({ code: 'custom', message: 'required', path: ['witnessName'] });
  if (new Set(v.agencyIds).size !== v.agencyIds.length) ctx.addIssue({ code: 'custom', message: 'agencyRepeated', path: ['agencyIds'] });
}

export const actionPlanCreateInput = z.object(actionPlanFields).strict().superRefine(checkPlanRules);
export type ActionPlanCreateInput = z.input<typeof actionPlanCreateInput>;

export const actionPlanUpdateInput = z
  .object({ id: recordId(), expectedUpdatedAt: z.string().max(40).optional(), ...actionPlanFields })
  .strict()
  .superRefine(checkPlanRules);
export type ActionPlanUpdateInput = z.input<typeof actionPlanUpdateInput>;

export const actionPlanListInput = z
  .object({
    search: z.string().max(200).default(''),
    year: z.number().int().min(1945).max(2200).optional(),
    eventId: recordId().optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(500).default(25),
  })
  .strict();
export type ActionPlanListInput = z.input<typeof actionPlanListInput>;

export const commitmentUpdateInput = z
  .object({
    id: recordId(),
    expectedUpdatedAt: z.string().max(40).optional(),
    signatoryName: optionalLine(120),
    signatoryPosition: optionalLine(200),
    signatoryNip: optionalNip(),
    notes: optionalText(2000),
  })
  .strict();
export type CommitmentUpdateInput = z.input<typeof commitmentUpdateInput>;

export const commitmentMoveInput = z
  .object({
    id: recordId(),
    expectedUpdatedAt: z.string().max(40).optional(),
    to: z.enum(MANUAL_TARGETS, { error: 'invalidOption' }),
    /** The day it happened (signing, filing, declining); today when left out. */
    date: optionalDate(),
    reason: optionalLine(300),
  })
  .strict();
export type CommitmentMoveInput = z.input<typeof commitmentMoveInput>;

export const batchStartInput = z
  .object({
    planId: recordId(),
    order: z.enum(BATCH_ORDERS).default('plan'),
    /** "pending": sheets not signed yet (draft, dicetak); "all": every non-declined agency. */
    include: z.enum(['pending', 'all']).default('pending'),
  })
  .strict();
export type BatchStartInput = z.input<typeof batchStartInput>;

export const progressInput = z
  .object({
    commitmentId: recordId(),
    pointId: recordId(),
    status: z.enum(PROGRESS_STATUSES, { error: 'invalidOption' }),
    note: optionalText(2000),
    recordedOn: isoDate(),
  })
  .strict();
export type ProgressInput = z.input<typeof progressInput>;

const job = z.object({ jobId: recordId() }).strict();

export const actionPlanChannels = {
  'commitmentTemplates.list': query<CommitmentTemplateDto[]>()(z.object({}).strict().optional(), 'app.read'),
  'commitmentTemplates.save': mutation<CommitmentTemplateDto>()(commitmentTemplateSaveInput, 'masterdata.write'),
  'actionPlans.list': query<ActionPlanPageDto>()(actionPlanListInput, 'app.read'),
  'actionPlans.get': query<ActionPlanDto>()(z.object({ id: recordId() }).strict(), 'app.read'),
  'actionPlans.create': mutation<ActionPlanDto>()(actionPlanCreateInput, 'records.write'),
  'actionPlans.update': mutation<ActionPlanDto>()(actionPlanUpdateInput, 'records.write'),
  /** The status board: every agency's commitment, counts, and what is missing. */
  'actionPlans.board': query<CommitmentBoardDto>()(z.object({ planId: recordId(), filter: z.enum(BOARD_FILTERS).default('all') }).strict(), 'app.read'),
  'actionPlans.progress': query<ProgressMatrixDto>()(z.object({ planId: recordId() }).strict(), 'app.read'),
  'actionPlans.recordProgress': mutation<ProgressMatrixDto>()(progressInput, 'records.write'),
  'actionPlans.printMonitoring': mutation<GeneratedDocumentDto>()(z.object({ planId: recordId() }).strict(), 'app.read'),
  'commitments.update': mutation<CommitmentDto>()(commitmentUpdateInput, 'records.write'),
  'commitments.move': mutation<CommitmentDto>()(commitmentMoveInput, 'records.write'),
  /** Typed or scanned from a signed sheet: finds its commitment. */
  'commitments.findByCode': query<CodeMatchDto>()(z.object({ code: z.string().max(40) }).strict(), 'app.read'),
  /** One sheet; marks a draft "dicetak". */
  'commitments.print': mutation<GeneratedDocumentDto>()(z.object({ id: recordId() }).strict(), 'records.write'),
  /**
   * Batch print in steps so the page can show progress: start (lays out nothing yet), continue
   * (lays out the next sheets), finish (stores the PDF, marks the sheets "dicetak"), cancel.
   */
  'commitments.batchStart': query<BatchJobDto>()(batchStartInput, 'records.write'),
  'commitments.batchContinue': query<BatchJobDto>()(job, 'records.write'),
  'commitments.batchFinish': mutation<BatchResultDto>()(job, 'records.write'),
  'commitments.batchCancel': query<{ cancelled: boolean }>()(job, 'records.write'),
};
