import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import type { Lang } from '../../../../shared/messages';
import { fieldErrors } from '../../../../shared/validation';

/**
 * Checks form values with the contract's own zod schema, so the user sees the same
 * message the core would send. Returns Mantine form errors keyed by field path.
 */
export function zodFormErrors(schema: z.ZodType, values: unknown, lang: Lang): FormErrors {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: FormErrors = {};
  for (const [path, error] of Object.entries(fieldErrors(result.error, lang))) errors[path] = error.message;
  return errors;
}
