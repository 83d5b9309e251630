import { Box, Group, Text, ThemeIcon } from '@mantine/core';
import { IconTopologyStar3 } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import classes from './FirstRun.module.css';

/** Full-page frame for first run: brand and language only, no menu yet. */
export function FirstRunLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={classes.page}>
      <header className={classes.header}>
        <Group gap="sm">
          <ThemeIcon size={32} radius="md" aria-hidden>
            <IconTopologyStar3 size={20} />
          </ThemeIcon>
          <Text fw={700} fz="lg" c="simpul.9">
            {t('app.name')}
          </Text>
          <Text size="sm" c="dimmed" visibleFrom="xs">
            {t('app.institution')}
          </Text>
        </Group>
        <LanguageSwitch />
      </header>
      <Box component="main" className={classes.main}>
        {children}
      </Box>
    </div>
  );
}
