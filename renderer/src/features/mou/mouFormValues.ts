import type { MouCreateInput } from '../../../../shared/contract/mous';
import type { MouDto, MouStatus } from '../../../../shared/dto';

export interface SignatoryValues {
  name: string;
  position: string;
  party: string;
}

export interface MouFormValues extends Record<string, unknown> {
  title: string;
  number: string;
  status: MouStatus;
  /** Date inputs hold "" when empty; the contract reads "" as no date. */
  plannedDate: string;
  signedDate: string;
  validUntil: string;
  agencyIds: string[];
  otherParties: string;
  signatories: SignatoryValues[];
  notes: string;
}

/** Every top-level input of the MoU form, for placing server field errors and focus. */
export const MOU_FIELDS = [
  'title', 'number', 'status', 'plannedDate', 'signedDate', 'validUntil', 'agencyIds', 'otherParties', 'signatories', 'notes',
] as const satisfies ReadonlyArray<keyof MouFormValues>;

/** A new MoU: planned, with the agency it was started from (the agency page's "Tambah MoU"). */
export function toMouFormValues(mou?: MouDto | null, agencyId?: string): MouFormValues {
  return {
    title: mou?.title ?? '',
    number: mou?.number ?? '',
    status: mou?.status ?? 'rencana',
    plannedDate: mou?.plannedDate ?? '',
    signedDate: mou?.signedDate ?? '',
    validUntil: mou?.validUntil ?? '',
    agencyIds: mou ? mou.agencies.map((a) => a.id) : agencyId ? [agencyId] : [],
    otherParties: mou?.otherParties ?? '',
    signatories: mou ? mou.signatories.map((s) => ({ ...s })) : [],
    notes: mou?.notes ?? '',
  };
}

export function toMouInput(values: MouFormValues): MouCreateInput {
  return { ...values, signatories: values.signatories.map((s) => ({ ...s })) };
}

/** Paths with an error that belong to the form (signatories.0.name belongs to "signatories"). */
export const isMouFieldPath = (path: string): boolean => (MOU_FIELDS as readonly string[]).includes(path.split('.')[0]!);
