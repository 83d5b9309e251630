import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CalendarDaySaveInput,
  CalendarImportInput,
  CaseMasterSaveInput,
  CaseSettingsInput,
  caseTargetInput,
  DeadlineRuleSaveInput,
  NumberListInput,
  NumberReserveInput,
} from '../../../shared/contract/caseSetup';
import { call } from './call';
import { caseKeys } from './cases';

/** What the complaint register is configured by. Changes recompute deadlines, so cases refresh too. */
export const caseSetupKeys = {
  all: ['caseSetup'] as const,
  master: ['caseSetup', 'master'] as const,
  rules: ['caseSetup', 'rules'] as const,
  calendar: (year: number) => ['caseSetup', 'calendar', year] as const,
  settings: ['caseSetup', 'settings'] as const,
};

/** Master lists change rarely: kept for the session until a save refreshes them. */
export function useCaseMaster() {
  return useQuery({ queryKey: caseSetupKeys.master, queryFn: () => call((api) => api.caseMaster.list()), staleTime: 5 * 60_000 });
}

export function useDeadlineRules() {
  return useQuery({ queryKey: caseSetupKeys.rules, queryFn: () => call((api) => api.deadlineRules.list()) });
}

export function useCalendarYear(year: number) {
  return useQuery({ queryKey: caseSetupKeys.calendar(year), queryFn: () => call((api) => api.calendar.year({ year })) });
}

export function useCaseSettings() {
  return useQuery({ queryKey: caseSetupKeys.settings, queryFn: () => call((api) => api.caseSettings.get()) });
}

async function afterSetupChange(client: QueryClient): Promise<void> {
  await Promise.all([client.invalidateQueries({ queryKey: caseSetupKeys.all }), client.invalidateQueries({ queryKey: caseKeys.all })]);
}

function useSetupMutation<I, O>(run: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => afterSetupChange(client) });
}

export const useSaveCaseMasterItem = () => useSetupMutation((input: CaseMasterSaveInput) => call((api) => api.caseMaster.save(input)));
export const useSaveDeadlineRule = () => useSetupMutation((input: DeadlineRuleSaveInput) => call((api) => api.deadlineRules.save(input)));
export const useSeedCalendarYear = () => useSetupMutation((year: number) => call((api) => api.calendar.seedYear({ year })));
export const useSaveCalendarDay = () => useSetupMutation((input: CalendarDaySaveInput) => call((api) => api.calendar.saveDay(input)));
export const useUpdateCaseSettings = () => useSetupMutation((input: CaseSettingsInput) => call((api) => api.caseSettings.update(input)));
export const useSetCaseTarget = () => useSetupMutation((input: z.input<typeof caseTargetInput>) => call((api) => api.caseSettings.setTarget(input)));

/** A dry run (commit false) changes nothing and needs no refresh; a commit does. */
export function useImportCalendar() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CalendarImportInput) => call((api) => api.calendar.import(input)),
    onSuccess: (result) => (result.committed ? afterSetupChange(client) : undefined),
  });
}

/** The date `days` working (or calendar) days after `from`, for previews in forms. */
export function useAddDays(from: string, days: number, unit: 'working' | 'calendar', enabled: boolean) {
  return useQuery({
    queryKey: ['caseSetup', 'addDays', from, days, unit] as const,
    queryFn: () => call((api) => api.calendar.addDays({ from, days, unit })),
    enabled,
  });
}

/** One series and year of the numbering register, with counts per state. */
export function useRegisterNumbers(input: NumberListInput, enabled = true) {
  return useQuery({
    queryKey: ['caseSetup', 'numbers', input] as const,
    queryFn: () => call((api) => api.numbers.list(input)),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const useReserveNumber = () => useSetupMutation((input: NumberReserveInput) => call((api) => api.numbers.reserve(input)));
export const useVoidNumber = () => useSetupMutation((input: { id: string; reason: string }) => call((api) => api.numbers.void(input)));
