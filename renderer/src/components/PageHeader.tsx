import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: ReactNode;
  lead?: ReactNode;
  /** Above the title, e.g. breadcrumbs. */
  above?: ReactNode;
  actions?: ReactNode;
}

/** The page's only h1, its one-line purpose and its main actions. */
export function PageHeader({ title, lead, above, actions }: Props) {
  return (
    <Stack gap={6} mb="lg">
      {above}
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
        <Stack gap={4} miw={0}>
          <Title order={1} fz={26} fw={650} lh={1.25}>
            {title}
          </Title>
          {lead && (
            <Text c="dimmed" size="sm">
              {lead}
            </Text>
          )}
        </Stack>
        {actions && (
          <Group gap="sm" wrap="nowrap" flex="none">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
