import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useVerifyAudit } from '../../api/audit';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Runs audit.verify on request and says whether, and where, the chain is broken. */
export function AuditVerifyCard() {
  const { t } = useTranslation();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Paper p="md" withBorder mb="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2} fz="md">
              {t('audit.verifyTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('audit.verifyLead')}
            </Text>
          </div>
          <Button variant="light" leftSection={<IconShieldCheck size={18} />} onClick={() => verify.mutate()} loading={verify.isPending} flex="none">
            {t('audit.verify')}
          </Button>
        </Group>
        {verify.isError && <ErrorAlert error={verify.error} />}
        {result?.ok && (
          <Alert color="teal" variant="light" icon={<IconShieldCheck size={20} />} role="status">
            <Text size="sm">{t('audit.verifyOk', { count: result.entries })}</Text>
            {result.head && (
              <Text size="xs" c="dimmed">
                {t('audit.verifyHead', { seq: result.head.seq, hash: '' })}
                <Code>{result.head.hash}</Code>
              </Text>
            )}
          </Alert>
        )}
        {result && !result.ok && result.broken && (
          <Alert color="red" variant="light" icon={<IconShieldX size={20} />} role="alert">
            {t('audit.verifyBroken', { position: result.broken.position, id: result.broken.id, reason: t(`audit.reasons.${result.broken.reason}`) })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
