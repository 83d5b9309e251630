import { Button, Card, Container, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDatabaseImport, IconFilePencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLoadDemo } from '../../api/system';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { FirstRunRestore } from '../archive/FirstRunRestore';
import classes from './FirstRun.module.css';
import { FirstRunLayout } from './FirstRunLayout';

/** First run: start with an empty office profile or with the demo data set. */
export function WelcomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const loadDemo = useLoadDemo();

  const startDemo = async () => {
    try {
      // Resolves after the status was refreshed, so the full app is in place to navigate in.
      const result = await loadDemo.mutateAsync();
      notifySuccess(t('firstRun.demoLoaded', { count: result.agencies }));
      await navigate('/instansi');
    } catch {
      // Shown below from the mutation's error state.
    }
  };

  return (
    <FirstRunLayout>
      <Container size={880}>
        <Stack gap="xl">
          <Stack gap="xs" ta="center" align="center">
            <Title order={1} fz={32}>
              {t('firstRun.title')}
            </Title>
            <Text c="dimmed" maw={620}>
              {t('firstRun.lead')}
            </Text>
          </Stack>
          <Title order={2} fz="lg" ta="center" fw={600}>
            {t('firstRun.question')}
          </Title>
          {loadDemo.isError && <ErrorAlert error={loadDemo.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <Card p="xl" className={classes.choice}>
              <ThemeIcon size={48} radius="md" variant="light" mb="md" aria-hidden>
                <IconFilePencil size={26} />
              </ThemeIcon>
              <Title order={3} fz="lg" mb={6}>
                {t('firstRun.emptyTitle')}
              </Title>
              <Text size="sm" c="dimmed" mb="lg" className={classes.choiceBody}>
                {t('firstRun.emptyText')}
              </Text>
              <Button size="md" onClick={() => void navigate('/mulai/profil')} disabled={loadDemo.isPending}>
                {t('firstRun.emptyButton')}
              </Button>
            </Card>
            <Card p="xl" className={classes.choice}>
              <ThemeIcon size={48} radius="md" variant="light" color="teal" mb="md" aria-hidden>
                <IconDatabaseImport size={26} />
              </ThemeIcon>
              <Title order={3} fz="lg" mb={6}>
                {t('firstRun.demoTitle')}
              </Title>
              <Text size="sm" c="dimmed" mb="lg" className={classes.choiceBody}>
                {t('firstRun.demoText')}
              </Text>
              <Button size="md" variant="default" onClick={() => void startDemo()} loading={loadDemo.isPending}>
                {t('firstRun.demoButton')}
              </Button>
            </Card>
          </SimpleGrid>
          <FirstRunRestore />
        </Stack>
      </Container>
    </FirstRunLayout>
  );
}
