import { EmptyState, Paper } from '@mantine/core';
import { IconSearchOff, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';

interface BodyProps {
  /** The list's query. */
  list: { isError: boolean; error: unknown; isFetching: boolean; refetch: () => Promise<unknown>; data?: { items: readonly unknown[] } };
  /** Shown once a page has loaded with no rows. */
  empty: ReactNode;
  /** The table; it shows placeholder rows itself while the first page loads. */
  children: ReactNode;
}

/** A list under its filters: why it could not load (with a retry), that it is empty, or its table. */
export function ListBody({ list, empty, children }: BodyProps) {
  const { t } = useTranslation();
  if (list.isError) {
    return (
      <Paper withBorder={false} px="md" pb="md">
        <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      </Paper>
    );
  }
  return list.data && list.data.items.length === 0 ? empty : children;
}

interface EmptyProps {
  /** Whether filters are set: then nothing matches them, rather than nothing recorded yet. */
  filtered: boolean;
  icon: Icon;
  empty: { title: string; text: string };
  noMatch: { title: string; text: string };
}

/** Nothing to list: either nothing is recorded yet or the filters match nothing. */
export function ListEmpty({ filtered, icon: EmptyIcon, empty, noMatch }: EmptyProps) {
  const shown = filtered ? noMatch : empty;
  return <EmptyState py={56} icon={filtered ? <IconSearchOff size={26} /> : <EmptyIcon size={26} />} title={shown.title} description={shown.text} />;
}
