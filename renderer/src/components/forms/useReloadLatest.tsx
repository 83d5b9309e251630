import { Button } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Options<D, V> {
  /** The record being edited; absent when adding one. */
  record: D | undefined;
  fetchFresh: (client: QueryClient, id: string) => Promise<D>;
  toValues: (record: D) => V;
  form: UseFormReturnType<V>;
  server: { clearAll: () => void };
  /** The update mutation, whose CONFLICT error is cleared. */
  update: { reset: () => void };
}

/**
 * The version an edit was loaded at (sent with the update), and after a CONFLICT the way to
 * take the latest version: the form shows it and the user repeats the change on it.
 */
export function useReloadLatest<D extends { id: string; updatedAt: string }, V extends Record<string, unknown>>({ record, fetchFresh, toValues, form, server, update }: Options<D, V>) {
  const client = useQueryClient();
  const [loadedAt, setLoadedAt] = useState(record?.updatedAt);
  const [reloading, setReloading] = useState(false);

  const reload = async () => {
    if (!record) return;
    setReloading(true);
    try {
      const fresh = await fetchFresh(client, record.id);
      const next = toValues(fresh);
      form.setValues(next);
      form.resetDirty(next);
      setLoadedAt(fresh.updatedAt);
      server.clearAll();
      update.reset();
    } finally {
      setReloading(false);
    }
  };

  return { loadedAt, reloading, reload };
}

/** "Muat ulang data terbaru", offered in a form's alert after a CONFLICT. */
export function ReloadLatestButton({ latest }: { latest: { reloading: boolean; reload: () => Promise<void> } }) {
  const { t } = useTranslation();
  return (
    <Button size="xs" color="red" onClick={() => void latest.reload()} loading={latest.reloading}>
      {t('common.reloadLatest')}
    </Button>
  );
}
