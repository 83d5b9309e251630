import { printAttendanceList } from '../documents/attendanceList/attendanceList';
import type { HandlersOf } from '../service';
import { inviteAgencies, recordAttendance, removeWalkIn, saveWalkIn, uninvite } from './invitations';
import { agencyAttendanceHistory, getEventDetail, listEvents } from './queries';
import { createEvent, setEventCancelled, updateEvent } from './service';
import { listEventTypes, saveEventType } from './types';

export const eventTypeHandlers: HandlersOf<'eventTypes'> = {
  'eventTypes.list': (_input, ctx) => listEventTypes(ctx),
  'eventTypes.save': (input, ctx) => saveEventType(input, ctx),
};

export const eventHandlers: HandlersOf<'events'> = {
  'events.list': (input, ctx) => listEvents(input, ctx),
  'events.get': (input, ctx) => getEventDetail(input.id, ctx),
  'events.create': (input, ctx) => createEvent(input, ctx),
  'events.update': (input, ctx) => updateEvent(input, ctx),
  'events.setCancelled': (input, ctx) => setEventCancelled(input, ctx),
  'events.invite': (input, ctx) => inviteAgencies(input, ctx),
  'events.uninvite': (input, ctx) => uninvite(input, ctx),
  'events.recordAttendance': (input, ctx) => recordAttendance(input, ctx),
  'events.saveWalkIn': (input, ctx) => saveWalkIn(input, ctx),
  'events.removeWalkIn': (input, ctx) => removeWalkIn(input, ctx),
  'events.agencyHistory': (input, ctx) => agencyAttendanceHistory(input.agencyId, ctx),
  'events.printAttendanceList': (input, ctx) => printAttendanceList(input, ctx),
};
