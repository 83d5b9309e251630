import { aboutHandlers } from './about/handlers';
import { actionPlanHandlers, commitmentHandlers, commitmentTemplateHandlers } from './actionPlans/handlers';
import { listAgencyGroups, saveAgencyGroup } from './agencies/groups';
import { getAgency, listAgencies, listAgencyOptions, listRegions } from './agencies/queries';
import { createAgency, setAgencyActive, updateAgency } from './agencies/service';
import { archiveHandlers } from './archive/handlers';
import { assistanceHandlers } from './assistance/handlers';
import { attachmentHandlers } from './attachments/handlers';
import { backupHandlers } from './backups/handlers';
import { auditHandlers } from './audit/handlers';
import { authHandlers, userHandlers } from './auth/handlers';
import { caseHandlers, caseSetupHandlers } from './cases/handlers';
import { generateDemoData } from './demo/generate';
import { loadDemoData } from './demo/load';
import { documentHandlers } from './documents/handlers';
import { eventHandlers, eventTypeHandlers } from './events/handlers';
import { importHandlers } from './import/handlers';
import { mouHandlers } from './mous/handlers';
import { assignFocalPoint, correctAssignment, endAssignment, rotateFocalPoint } from './roster/assignments';
import { confirmAssignments } from './roster/confirm';
import { createPerson, toPersonDto, updatePerson } from './roster/persons';
import { agencyHistory, asOf, officeToday, getPerson, listPersons, listRoster } from './roster/queries';
import type { Handlers } from './service';
import { findLocalOffice, getSettings, updateSettings } from './settings/service';
import { updateHandlers } from './updates/handlers';

/** Channel -> service function. The type makes a missing or extra channel a compile error. */
export const handlers: Handlers = {
  ...authHandlers,
  ...userHandlers,
  ...auditHandlers,
  'system.status': async (_input, ctx) => {
    const office = await findLocalOffice(ctx);
    return {
      appVersion: ctx.appVersion,
      schemaVersion: ctx.schemaVersion,
      firstRun: office === null,
      officeName: office?.officeName ?? null,
      actor: { ...ctx.request.actor },
      permissions: [...ctx.request.permissions],
    };
  },
  'system.loadDemo': (_input, ctx) => loadDemoData(generateDemoData({ today: officeToday(ctx) }), ctx),
  'settings.get': (_input, ctx) => getSettings(ctx),
  'settings.update': (input, ctx) => updateSettings(input, ctx),
  'agencies.list': (input, ctx) => listAgencies(input, ctx),
  'agencies.get': (input, ctx) => getAgency(input.id, ctx),
  'agencies.regions': (_input, ctx) => listRegions(ctx),
  'agencies.options': (_input, ctx) => listAgencyOptions(ctx),
  'agencies.create': (input, ctx) => createAgency(input, ctx),
  'agencies.update': (input, ctx) => updateAgency(input, ctx),
  'agencies.setActive': (input, ctx) => setAgencyActive(input, ctx),
  'agencyGroups.list': (_input, ctx) => listAgencyGroups(ctx),
  'agencyGroups.save': (input, ctx) => saveAgencyGroup(input, ctx),
  'roster.list': (input, ctx) => listRoster(input, ctx),
  'roster.agencyHistory': (input, ctx) => agencyHistory(input.agencyId, ctx),
  'roster.asOf': (input, ctx) => asOf(input.agencyId, input.date, ctx),
  'roster.assign': (input, ctx) => assignFocalPoint(input, ctx),
  'roster.rotate': (input, ctx) => rotateFocalPoint(input, ctx),
  'roster.end': (input, ctx) => endAssignment(input, ctx),
  'roster.correct': (input, ctx) => correctAssignment(input, ctx),
  'roster.confirm': (input, ctx) => confirmAssignments(input, ctx),
  'persons.list': (input, ctx) => listPersons(input, ctx),
  'persons.get': (input, ctx) => getPerson(input.id, ctx),
  'persons.create': async (input, ctx) => toPersonDto(await createPerson(input, ctx)),
  'persons.update': (input, ctx) => updatePerson(input, ctx),
  ...attachmentHandlers,
  ...mouHandlers,
  ...assistanceHandlers,
  ...documentHandlers,
  ...importHandlers,
  ...eventTypeHandlers,
  ...eventHandlers,
  ...commitmentTemplateHandlers,
  ...actionPlanHandlers,
  ...commitmentHandlers,
  ...caseHandlers,
  ...caseSetupHandlers,
  ...updateHandlers,
  ...aboutHandlers,
  ...archiveHandlers,
  ...backupHandlers,
};
