import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CaseCreateInput,
  CaseEventAddInput,
  CaseEventUpdateInput,
  CaseExportInput,
  CaseForwardInput,
  CaseLetterInput,
  CaseLinkInput,
  CaseListInput,
  CaseReporterUpdateInput,
  CaseStageChangeInput,
  CaseUpdateInput,
  DuplicateHintInput,
} from '../../../shared/contract/cases';
import type { CaseDetailDto } from '../../../shared/dto';
import { call } from './call';

/**
 * Query keys of public complaints. Everything lives under ['cases'] (the attachment list
 * refreshes that prefix too), so a change to one case refreshes lists, the detail, the
 * dashboard and the leak check together.
 */
export const caseKeys = {
  all: ['cases'] as const,
  list: (input: CaseListInput) => ['cases', 'list', input] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  leak: (id: string) => ['cases', 'leak', id] as const,
  dashboard: ['cases', 'dashboard'] as const,
  staff: ['cases', 'staff'] as const,
  hints: (input: DuplicateHintInput) => ['cases', 'hints', input] as const,
  reminder: (agencyId: string) => ['cases', 'reminder', agencyId] as const,
};

export function useCaseList(input: CaseListInput, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: caseKeys.list(input),
    queryFn: () => call((api) => api.cases.list(input)),
    // Keep the current page on screen while the next one loads (paging, typing a search).
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => call((api) => api.cases.get({ id })) });
}

export function fetchCaseFresh(client: QueryClient, id: string): Promise<CaseDetailDto> {
  return client.fetchQuery({ queryKey: caseKeys.detail(id), queryFn: () => call((api) => api.cases.get({ id })), staleTime: 0 });
}

export function useCaseDashboard() {
  return useQuery({ queryKey: caseKeys.dashboard, queryFn: () => call((api) => api.cases.dashboard()) });
}

export function useCaseStaffNames() {
  return useQuery({ queryKey: caseKeys.staff, queryFn: () => call((api) => api.cases.staffNames()) });
}

/** Where a confidential identity still sits in the case's text; asked before every print. */
export function useLeakCheck(caseId: string, enabled: boolean) {
  return useQuery({ queryKey: caseKeys.leak(caseId), queryFn: () => call((api) => api.cases.leakCheck({ caseId })), enabled, staleTime: 0 });
}

/** Earlier similar cases at intake; idle until an agency and some words are there. */
export function useDuplicateHints(input: DuplicateHintInput, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.hints(input),
    queryFn: () => call((api) => api.cases.duplicateHints(input)),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useWhatsappReminder(agencyId: string, enabled: boolean) {
  return useQuery({ queryKey: caseKeys.reminder(agencyId), queryFn: () => call((api) => api.cases.whatsappReminder({ agencyId })), enabled, staleTime: 0 });
}

async function afterCaseChange(client: QueryClient, saved?: CaseDetailDto): Promise<void> {
  if (saved) client.setQueryData(caseKeys.detail(saved.id), saved);
  await client.invalidateQueries({ queryKey: caseKeys.all });
}

/** A mutation of the register whose answer is the case as it now stands. */
function useCaseMutation<I>(run: (input: I) => Promise<CaseDetailDto>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: (saved) => afterCaseChange(client, saved) });
}

/** A mutation whose answer is not the case (events, letters, links): the case is re-read. */
function useCaseSideMutation<I, O>(run: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => afterCaseChange(client) });
}

export const useCreateCase = () => useCaseMutation((input: CaseCreateInput) => call((api) => api.cases.create(input)));
export const useUpdateCase = () => useCaseMutation((input: CaseUpdateInput) => call((api) => api.cases.update(input)));
export const useUpdateReporter = () => useCaseMutation((input: CaseReporterUpdateInput) => call((api) => api.cases.updateReporter(input)));
export const useForwardCase = () => useCaseMutation((input: CaseForwardInput) => call((api) => api.cases.forward(input)));
export const useChangeStage = () => useCaseMutation((input: CaseStageChangeInput) => call((api) => api.cases.changeStage(input)));
export const useLinkCases = () => useCaseMutation((input: CaseLinkInput) => call((api) => api.cases.link(input)));

export const useAddCaseEvent = () => useCaseSideMutation((input: CaseEventAddInput) => call((api) => api.cases.addEvent(input)));
export const useUpdateCaseEvent = () => useCaseSideMutation((input: CaseEventUpdateInput) => call((api) => api.cases.updateEvent(input)));
export const useCancelCaseEvent = () =>
  useCaseSideMutation((input: { id: string; expectedUpdatedAt?: string; reason: string }) => call((api) => api.cases.cancelEvent(input)));
export const useUnlinkCases = () => useCaseSideMutation((id: string) => call((api) => api.cases.unlink({ id })));

/** Clarification or reminder letter: numbered, printed, registered on the timeline. */
export const usePrintCaseLetter = () => useCaseSideMutation((input: CaseLetterInput) => call((api) => api.cases.printLetter(input)));

export function usePrintCaseFile() {
  return useMutation({ mutationFn: (caseId: string) => call((api) => api.cases.printFile({ caseId })) });
}

export function useExportCasesXlsx() {
  return useMutation({ mutationFn: (input: CaseExportInput) => call((api) => api.cases.exportXlsx(input)) });
}
