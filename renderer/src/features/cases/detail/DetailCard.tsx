import { DataList, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of the case page, with an optional action beside the title. */
export function DetailCard({ id, title, action, children }: { id: string; title: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper p="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="center" mb="sm" wrap="nowrap" gap="xs">
        <Title order={2} fz="md" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

/** One label/value line; an empty value shows a dash. */
export function DetailRow({ label, value }: { label: string; value: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value || <Text c="dimmed" component="span">—</Text>}</DataList.ItemValue>
    </DataList.Item>
  );
}
