import { z } from 'zod';

/**
 * A contract schema plus "repeat the password", checked in the page only (the core never
 * sees the repetition). The mismatch is reported on the repeat field.
 */
export function withRepeat<S extends z.ZodObject>(schema: S, field: string) {
  return schema.extend({ repeatPassword: z.string() }).superRefine((values, ctx) => {
    const v = values as Record<string, unknown>;
    if (v[field] !== v.repeatPassword) ctx.addIssue({ code: 'custom', message: 'passwordMismatch', path: ['repeatPassword'] });
  });
}

/** The values to send: everything but the repetition. */
export function withoutRepeat<V extends { repeatPassword: string }>(values: V): Omit<V, 'repeatPassword'> {
  const { repeatPassword: _repeat, ...rest } = values;
  return rest;
}
