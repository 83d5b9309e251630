import type { RotateInput } from '../../../../shared/contract/roster';
import { todayIso } from '../../../../shared/dates';
import type { EndReason } from '../../../../shared/dto';
import { emptyPersonRef, personRefPaths, toPersonRef, type PersonRefValues } from './personRefValues';

export interface RotateFormValues extends Record<string, unknown> {
  date: string;
  endReason: EndReason | '';
  endNote: string;
  successor: PersonRefValues;
  decreeNumber: string;
  decreeDate: string;
  notes: string;
}

export const ROTATE_FIELDS = ['date', 'endReason', 'endNote', ...personRefPaths('successor'), 'decreeNumber', 'decreeDate', 'notes'];

export function initialRotateValues(): RotateFormValues {
  return { date: todayIso(), endReason: 'mutasi', endNote: '', successor: emptyPersonRef(), decreeNumber: '', decreeDate: '', notes: '' };
}

export function toRotateInput(agencyId: string, v: RotateFormValues): RotateInput {
  return {
    agencyId,
    date: v.date,
    endReason: v.endReason as EndReason,
    endNote: v.endNote,
    successor: toPersonRef(v.successor),
    decreeNumber: v.decreeNumber,
    decreeDate: v.decreeDate || null,
    notes: v.notes,
  };
}
