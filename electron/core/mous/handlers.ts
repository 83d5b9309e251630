import type { HandlersOf } from '../service';
import { getMou, listMous } from './queries';
import { createMou, deleteMou, updateMou } from './service';

export const mouHandlers: HandlersOf<'mous'> = {
  'mous.list': (input, ctx) => listMous(input, ctx),
  'mous.get': (input, ctx) => getMou(input.id, ctx),
  'mous.create': (input, ctx) => createMou(input, ctx),
  'mous.update': (input, ctx) => updateMou(input, ctx),
  'mous.delete': (input, ctx) => deleteMou(input, ctx),
};
