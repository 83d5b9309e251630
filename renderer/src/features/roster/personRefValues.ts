import type { z } from 'zod';
import type { personRef } from '../../../../shared/contract/roster';

export type PersonMode = 'existing' | 'new';

export interface NewPersonValues extends Record<string, unknown> {
  name: string;
  nip: string;
  position: string;
  unit: string;
  phone: string;
  whatsapp: string;
  email: string;
}

/** Someone already in the roster, or a new person typed in on the spot. */
export interface PersonRefValues extends Record<string, unknown> {
  mode: PersonMode;
  personId: string;
  newPerson: NewPersonValues;
}

export const NEW_PERSON_FIELDS = ['name', 'nip', 'position', 'unit', 'phone', 'whatsapp', 'email'] as const satisfies ReadonlyArray<keyof NewPersonValues>;

export function emptyPersonRef(mode: PersonMode = 'existing'): PersonRefValues {
  return { mode, personId: '', newPerson: { name: '', nip: '', position: '', unit: '', phone: '', whatsapp: '', email: '' } };
}

/**
 * The contract's person reference. An unpicked person becomes a missing id ("Wajib diisi"),
 * not a malformed one.
 */
export function toPersonRef(v: PersonRefValues): z.input<typeof personRef> {
  if (v.mode === 'new') return { newPerson: { ...v.newPerson } };
  return { personId: v.personId || (undefined as unknown as string) };
}

/** Every input path of a person reference under `base` ("successor", "person"); the reference itself last. */
export function personRefPaths(base: string): string[] {
  return [`${base}.personId`, ...NEW_PERSON_FIELDS.map((f) => `${base}.newPerson.${f}`), base];
}

/**
 * An error on the reference as a whole (nobody picked, "must be another person") belongs to
 * the person picker when it comes to putting the cursor somewhere.
 */
export function withRefError<E extends Record<string, unknown>>(base: string, errors: E): Record<string, unknown> {
  return errors[base] && !errors[`${base}.personId`] ? { ...errors, [`${base}.personId`]: errors[base] } : errors;
}
