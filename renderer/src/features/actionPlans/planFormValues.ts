import type { ActionPlanCreateInput } from '../../../../shared/contract/actionPlans';
import type { ActionPlanDto } from '../../../../shared/dto';

export interface PlanFormValues extends Record<string, unknown> {
  title: string;
  year: number | string;
  eventId: string;
  templateId: string;
  signingDate: string;
  place: string;
  witnessName: string;
  witnessPosition: string;
  witnessNip: string;
  notes: string;
  points: Array<{ id?: string; text: string }>;
  agencyIds: string[];
}

export const PLAN_FIELDS = ['title', 'year', 'eventId', 'templateId', 'signingDate', 'place', 'witnessName', 'witnessPosition', 'witnessNip', 'notes', 'points', 'agencyIds'];

export function toPlanFormValues(p: ActionPlanDto | undefined, defaults: { eventId?: string; templateId?: string; year: number }): PlanFormValues {
  return {
    title: p?.title ?? '',
    year: p?.year ?? defaults.year,
    eventId: p?.eventId ?? defaults.eventId ?? '',
    templateId: p?.templateId ?? defaults.templateId ?? '',
    signingDate: p?.signingDate ?? '',
    place: p?.place ?? '',
    witnessName: p?.witness?.name ?? '',
    witnessPosition: p?.witness?.position ?? '',
    witnessNip: p?.witness?.nip ?? '',
    notes: p?.notes ?? '',
    points: p ? p.points.map((x) => ({ id: x.id, text: x.text })) : [{ text: '' }],
    agencyIds: p?.agencyIds ?? [],
  };
}

export function toPlanInput(v: PlanFormValues): ActionPlanCreateInput {
  return {
    ...v,
    year: typeof v.year === 'number' ? v.year : Number(v.year),
    eventId: v.eventId || null,
    templateId: v.templateId || (undefined as unknown as string),
    points: v.points.map((x) => (x.id ? { id: x.id, text: x.text } : { text: x.text })),
  };
}

/** Paths with an error that belong to the form (points.0.text belongs to "points"). */
export const isPlanFieldPath = (path: string): boolean => PLAN_FIELDS.includes(path.split('.')[0]!);
