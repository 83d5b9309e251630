import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportResultDto } from '../../../../shared/dto';

const SHOWN = 20;

/** Step 4: what was saved, with links to the new agencies and to those needing a rotation. */
export function ResultStep({ result, onAnother }: { result: ImportResultDto; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={860}>
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={22} />} title={t('agencyImport.done.heading')} role="status">
        {t('agencyImport.done.text', { agencies: String(result.agenciesCreated), persons: String(result.personsCreated), assignments: String(result.assignmentsCreated), skipped: String(result.skipped) })}
      </Alert>
      {result.conflicts.length > 0 && (
        <Paper p="md">
          <Title order={2} fz="md" mb={4}>
            {t('agencyImport.done.conflictsHeading', { count: result.conflicts.length })}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('agencyImport.done.conflictsText')}
          </Text>
          <List size="sm" spacing={4}>
            {result.conflicts.map((c) => (
              <List.Item key={c.rowNumber}>
                {c.agencyId ? <Anchor component={Link} to={`/instansi/${c.agencyId}`}>{c.agencyName}</Anchor> : c.agencyName}{' '}
                <Text span c="dimmed" size="xs">
                  ({t('agencyImport.done.row', { row: String(c.rowNumber) })})
                </Text>
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {result.agencies.length > 0 && (
        <Paper p="md">
          <Title order={2} fz="md" mb="xs">
            {t('agencyImport.done.createdHeading')}
          </Title>
          <List size="sm" spacing={4}>
            {result.agencies.slice(0, SHOWN).map((a) => (
              <List.Item key={a.id}>
                <Anchor component={Link} to={`/instansi/${a.id}`}>
                  {a.name}
                </Anchor>
              </List.Item>
            ))}
          </List>
          {result.agencies.length > SHOWN && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('agencyImport.done.more', { count: result.agencies.length - SHOWN })}
            </Text>
          )}
        </Paper>
      )}
      <Group>
        <Button component={Link} to="/instansi/daftar">
          {t('agencyImport.done.toRegister')}
        </Button>
        <Button component={Link} to="/instansi" variant="default">
          {t('agencyImport.done.toRoster')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('agencyImport.done.another')}
        </Button>
      </Group>
    </Stack>
  );
}
