import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  title: string;
  /** Shown beside the title (e.g. a button). */
  action?: ReactNode;
  error?: unknown;
  /** True once loaded with nothing to show. */
  empty: boolean;
  emptyText: string;
  minWidth?: number;
  /** The table's head and body rows. */
  head: ReactNode;
  children: ReactNode;
}

/** A titled card holding one table of the archive area (exports, imports, backups). */
export function ListCard({ title, action, error, empty, emptyText, minWidth = 600, head, children }: Props) {
  return (
    <Paper p="lg" withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            {title}
          </Title>
          {action}
        </Group>
        {error ? <ErrorAlert error={error} /> : null}
        {empty && <Text c="dimmed">{emptyText}</Text>}
        {!empty && (
          <Table.ScrollContainer minWidth={minWidth}>
            <Table striped verticalSpacing="xs" aria-label={title}>
              <Table.Thead>{head}</Table.Thead>
              <Table.Tbody>{children}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
