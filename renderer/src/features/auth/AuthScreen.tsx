import { Container, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { FirstRunLayout } from '../firstRun/FirstRunLayout';

interface Props {
  icon: Icon;
  title: string;
  lead: string;
  children: ReactNode;
}

/** The frame of sign-in, first administrator and forced password change: brand, language, one card. */
export function AuthScreen({ icon: IconShown, title, lead, children }: Props) {
  return (
    <FirstRunLayout>
      <Container size={480}>
        <Paper p="xl" withBorder>
          <Stack gap="lg">
            <Stack gap="xs" align="center" ta="center">
              <ThemeIcon size={48} radius="md" variant="light" aria-hidden>
                <IconShown size={26} />
              </ThemeIcon>
              <Title order={1} fz={24}>
                {title}
              </Title>
              <Text c="dimmed" size="sm">
                {lead}
              </Text>
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Container>
    </FirstRunLayout>
  );
}
