import { Badge, Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowLeft, IconCircleDashed, IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComingSoonArea } from '../app/navigation';
import { PageHeader } from './PageHeader';

/** The honest placeholder for areas not built yet: what will come there, nothing fake. */
export function ComingSoonPage({ area }: { area: ComingSoonArea }) {
  const { t } = useTranslation();
  const items = t(`comingSoon.areas.${area}.items`, { returnObjects: true }) as readonly string[];

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {t(`nav.${area}`)}
            <Badge variant="light" color="gray" size="lg" radius="sm">
              {t('comingSoon.badge')}
            </Badge>
          </Group>
        }
        lead={t(`comingSoon.areas.${area}.lead`)}
      />
      <Paper p="xl" maw={760}>
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon variant="light" color="gray" size={40} radius="md" aria-hidden>
              <IconTools size={22} />
            </ThemeIcon>
            <Text>{t('comingSoon.intro')}</Text>
          </Group>
          <Title order={2} fz="md">
            {t('comingSoon.plannedHeading')}
          </Title>
          <List spacing="xs" icon={<IconCircleDashed size={16} color="var(--mantine-color-simpul-6)" />} center>
            {items.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
          <Group>
            <Button component={Link} to="/" variant="default" leftSection={<IconArrowLeft size={16} />}>
              {t('comingSoon.backHome')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
