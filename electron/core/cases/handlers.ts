import type { caseSetupChannels } from '../../../shared/contract/caseSetup';
import type { Handler, HandlersOf } from '../service';
import { addCalendarDays, calendarYear, loadWorkCalendar, saveCalendarDay, seedCalendarYear } from './calendar/service';
import { importCalendar } from './calendar/importCsv';
import { leakCheck } from './confidentiality';
import { printCaseFile } from './documents/caseFile';
import { exportCasesXlsx } from './documents/exportXlsx';
import { printCaseLetter } from './documents/letters';
import { loadClockRules, recomputeOpenCases } from './deadlines/refresh';
import { listDeadlineRules, saveDeadlineRule } from './deadlines/rules';
import { duplicateHints } from './duplicates';
import { addCaseEvent, cancelCaseEvent, updateCaseEvent } from './events';
import { linkCases, unlinkCases } from './links';
import { listCaseMaster, saveCaseMasterItem } from './masterData';
import { listNumbers, reserveNumber, voidNumber } from './numbering';
import { caseDashboard } from './queries/dashboard';
import { getCase } from './queries/detail';
import { listCases, staffNames } from './queries/list';
import { createCase, updateCase, updateReporter } from './service';
import { getCaseSettings, setYearTarget, updateCaseSettings } from './settings';
import { changeStage, forwardCase } from './stages';
import { whatsappReminder } from './whatsapp';

type SetupChannel = keyof typeof caseSetupChannels;

/** Public complaints: cases.* (the register, timeline, letters, search). */
export const caseHandlers: HandlersOf<'cases'> = {
  'cases.list': (input, ctx) => listCases(input, ctx),
  'cases.get': (input, ctx) => getCase(input.id, ctx),
  'cases.create': (input, ctx) => createCase(input, ctx),
  'cases.update': (input, ctx) => updateCase(input, ctx),
  'cases.updateReporter': (input, ctx) => updateReporter(input, ctx),
  'cases.forward': (input, ctx) => forwardCase(input, ctx),
  'cases.changeStage': (input, ctx) => changeStage(input, ctx),
  'cases.addEvent': (input, ctx) => addCaseEvent(input, ctx),
  'cases.updateEvent': (input, ctx) => updateCaseEvent(input, ctx),
  'cases.cancelEvent': (input, ctx) => cancelCaseEvent(input, ctx),
  'cases.link': (input, ctx) => linkCases(input, ctx),
  'cases.unlink': (input, ctx) => unlinkCases(input.id, ctx),
  'cases.duplicateHints': (input, ctx) => duplicateHints(input, ctx),
  'cases.dashboard': (_input, ctx) => caseDashboard(ctx),
  'cases.staffNames': (_input, ctx) => staffNames(ctx),
  'cases.leakCheck': async (input, ctx) => {
    await getCase(input.caseId, ctx);
    const findings = await leakCheck(input.caseId, ctx);
    return { clean: findings.length === 0, findings };
  },
  'cases.printLetter': (input, ctx) => printCaseLetter(input, ctx),
  'cases.printFile': (input, ctx) => printCaseFile(input.caseId, ctx),
  'cases.exportXlsx': (input, ctx) => exportCasesXlsx(input, ctx),
  'cases.whatsappReminder': (input, ctx) => whatsappReminder(input.agencyId, ctx),
  'cases.recomputeDeadlines': async (_input, ctx) => {
    const result = recomputeOpenCases(ctx, await loadWorkCalendar(ctx), await loadClockRules(ctx), true);
    await ctx.audit.record({ entity: 'cases', entityId: '*', action: 'recomputeDeadlines', before: null, after: result });
    return result;
  },
};

/** Master data, deadline rules, calendar, numbering and settings of the complaint register. */
export const caseSetupHandlers: { [C in Exclude<SetupChannel, `cases.${string}`>]: Handler<C> } = {
  'caseMaster.list': (_input, ctx) => listCaseMaster(ctx),
  'caseMaster.save': (input, ctx) => saveCaseMasterItem(input, ctx),
  'deadlineRules.list': (_input, ctx) => listDeadlineRules(ctx),
  'deadlineRules.save': (input, ctx) => saveDeadlineRule(input, ctx),
  'calendar.year': (input, ctx) => calendarYear(input.year, ctx),
  'calendar.seedYear': (input, ctx) => seedCalendarYear(input.year, ctx),
  'calendar.saveDay': (input, ctx) => saveCalendarDay(input, ctx),
  'calendar.import': (input, ctx) => importCalendar(input, ctx),
  'calendar.addDays': (input, ctx) => addCalendarDays(input, ctx),
  'numbers.list': (input, ctx) => listNumbers(input, ctx),
  'numbers.reserve': (input, ctx) => reserveNumber(input, ctx),
  'numbers.void': (input, ctx) => voidNumber(input, ctx),
  'caseSettings.get': (_input, ctx) => getCaseSettings(ctx),
  'caseSettings.update': (input, ctx) => updateCaseSettings(input, ctx),
  'caseSettings.setTarget': (input, ctx) => setYearTarget(input, ctx),
};
