import { useForm } from '@mantine/form';
import { useEffect, useEffectEvent } from 'react';
import type { z } from 'zod';
import { useLang } from '../../app/i18n';
import { changedFields, useServerFieldErrors } from './useServerFieldErrors';
import { zodFormErrors } from './zodValidate';

/**
 * A Mantine form checked by a contract schema (client side, as the user leaves a field and
 * on submit) that also shows the server's per-field errors on the matching inputs.
 */
export function useSchemaForm<V extends Record<string, unknown>>(
  schema: z.ZodType,
  initialValues: V,
  /** Maps form values to the schema's input, e.g. an unselected option ('') to undefined. */
  prepare: (values: V) => unknown = (values) => values,
) {
  const lang = useLang();
  const server = useServerFieldErrors(lang);
  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    validate: (values) => zodFormErrors(schema, prepare(values), lang),
    validateInputOnBlur: true,
    onValuesChange: (values, previous) => server.clear(changedFields(values, previous)),
    enhanceGetInputProps: ({ inputProps, field }) => {
      if (inputProps.error) return undefined;
      const text = server.text(String(field));
      return text ? { error: text } : undefined;
    },
  });

  // Messages already on screen follow a language switch.
  const revalidateShown = useEffectEvent(() => {
    if (Object.keys(form.errors).length > 0) form.validate();
  });
  useEffect(() => revalidateShown(), [lang]);

  /** Puts the cursor in the first field with an error (client or server side). */
  const focusFirstError = (paths: readonly string[], errors: Record<string, unknown>) => {
    const first = paths.find((p) => errors[p]);
    if (first) form.getInputNode(first)?.focus();
  };

  return { form, server, lang, focusFirstError };
}
