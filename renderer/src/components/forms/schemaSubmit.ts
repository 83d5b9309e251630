import { isApiError } from '../../api/ApiError';
import type { useSchemaForm } from './useSchemaForm';

type SchemaForm<V extends Record<string, unknown>> = ReturnType<typeof useSchemaForm<V>>;

/**
 * The submit handler every form of a dialog needs: client errors put the cursor in the first
 * field with one; a refused save puts the core's field errors on their inputs and focuses the
 * first. `run` does the saving and whatever follows a success (notice, close).
 */
export function schemaSubmit<V extends Record<string, unknown>>(sf: SchemaForm<V>, fields: readonly string[], run: (values: V) => Promise<void>) {
  const save = async (values: V) => {
    sf.server.clearAll();
    try {
      await run(values);
    } catch (error) {
      sf.server.setFrom(error);
      if (isApiError(error)) sf.focusFirstError(fields, error.fields);
    }
  };
  return sf.form.onSubmit(save, (errors) => sf.focusFirstError(fields, errors));
}
