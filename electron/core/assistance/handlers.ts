import type { HandlersOf } from '../service';
import { getAssistance, listAssistance } from './queries';
import { createAssistance, deleteAssistance, updateAssistance } from './service';

export const assistanceHandlers: HandlersOf<'assistance'> = {
  'assistance.list': (input, ctx) => listAssistance(input, ctx),
  'assistance.get': (input, ctx) => getAssistance(input.id, ctx),
  'assistance.create': (input, ctx) => createAssistance(input, ctx),
  'assistance.update': (input, ctx) => updateAssistance(input, ctx),
  'assistance.delete': (input, ctx) => deleteAssistance(input, ctx),
};
