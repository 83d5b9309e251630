import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionPlanCreateInput, ActionPlanListInput, ActionPlanUpdateInput, BatchStartInput, CommitmentMoveInput, CommitmentTemplateSaveInput,
  CommitmentUpdateInput, ProgressInput,
} from '../../../shared/contract/actionPlans';
import type { BatchJobDto, BatchResultDto, BoardFilter, CodeMatchDto, GeneratedDocumentDto } from '../../../shared/dto';
import { call } from './call';

/** Query keys of action plans; commitments, boards and progress refresh together. */
export const actionPlanKeys = {
  all: ['actionPlans'] as const,
  list: (input: ActionPlanListInput) => ['actionPlans', 'list', input] as const,
  detail: (id: string) => ['actionPlans', 'detail', id] as const,
  board: (planId: string, filter: BoardFilter) => ['actionPlans', 'board', planId, filter] as const,
  progress: (planId: string) => ['actionPlans', 'progress', planId] as const,
  templates: ['actionPlans', 'templates'] as const,
};

function useInvalidating<I, O>(run: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: actionPlanKeys.all }) });
}

export const useCommitmentTemplates = () =>
  useQuery({ queryKey: actionPlanKeys.templates, queryFn: () => call((api) => api.commitmentTemplates.list({})) });
export const useSaveCommitmentTemplate = () => useInvalidating((input: CommitmentTemplateSaveInput) => call((api) => api.commitmentTemplates.save(input)));

export const useActionPlanList = (input: ActionPlanListInput) =>
  useQuery({ queryKey: actionPlanKeys.list(input), queryFn: () => call((api) => api.actionPlans.list(input)), placeholderData: keepPreviousData });
export const useActionPlan = (id: string) => useQuery({ queryKey: actionPlanKeys.detail(id), queryFn: () => call((api) => api.actionPlans.get({ id })) });
export const useCommitmentBoard = (planId: string, filter: BoardFilter) =>
  useQuery({ queryKey: actionPlanKeys.board(planId, filter), queryFn: () => call((api) => api.actionPlans.board({ planId, filter })), placeholderData: keepPreviousData });
export const useProgressMatrix = (planId: string) =>
  useQuery({ queryKey: actionPlanKeys.progress(planId), queryFn: () => call((api) => api.actionPlans.progress({ planId })) });

export const useCreateActionPlan = () => useInvalidating((input: ActionPlanCreateInput) => call((api) => api.actionPlans.create(input)));
export const useUpdateActionPlan = () => useInvalidating((input: ActionPlanUpdateInput) => call((api) => api.actionPlans.update(input)));
export const useUpdateCommitment = () => useInvalidating((input: CommitmentUpdateInput) => call((api) => api.commitments.update(input)));
export const useMoveCommitment = () => useInvalidating((input: CommitmentMoveInput) => call((api) => api.commitments.move(input)));
export const useRecordProgress = () => useInvalidating((input: ProgressInput) => call((api) => api.actionPlans.recordProgress(input)));
export const usePrintCommitment = () => useInvalidating((input: { id: string }): Promise<GeneratedDocumentDto> => call((api) => api.commitments.print(input)));
export const usePrintMonitoring = () => useMutation({ mutationFn: (input: { planId: string }): Promise<GeneratedDocumentDto> => call((api) => api.actionPlans.printMonitoring(input)) });

export const findCommitmentByCode = (code: string): Promise<CodeMatchDto> => call((api) => api.commitments.findByCode({ code }));

/** The batch print's steps (start, continue until done, finish); see the contract. */
export const batchPrint = {
  start: (input: BatchStartInput): Promise<BatchJobDto> => call((api) => api.commitments.batchStart(input)),
  next: (jobId: string): Promise<BatchJobDto> => call((api) => api.commitments.batchContinue({ jobId })),
  finish: (jobId: string): Promise<BatchResultDto> => call((api) => api.commitments.batchFinish({ jobId })),
  cancel: (jobId: string): Promise<{ cancelled: boolean }> => call((api) => api.commitments.batchCancel({ jobId })),
};
