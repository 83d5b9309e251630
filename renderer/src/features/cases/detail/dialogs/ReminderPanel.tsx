import { Alert, Button, Group, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconBrandWhatsapp, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWhatsappReminder } from '../../../../api/cases';
import { copyText } from '../../../../components/contact/copyText';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { notifyError } from '../../../../components/notify';

/**
 * A ready WhatsApp message for the agency's focal point listing its overdue cases (never a
 * reporter's name): copy it, or open a chat with it through an ordinary link, which the
 * desktop app hands to the system browser after its URL check.
 */
export function ReminderPanel({ agencyId, onClose }: { agencyId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const reminder = useWhatsappReminder(agencyId, true);
  const [copied, setCopied] = useState(false);
  const r = reminder.data;
  const copy = async () => {
    if (!r) return;
    if (await copyText(r.text)) setCopied(true);
    else notifyError(t('contact.copyFailed'), '');
  };
  if (reminder.isError) return <ErrorAlert error={reminder.error} title={t('errors.loadFailed')} onRetry={() => void reminder.refetch()} />;
  if (!r) return <Skeleton h={220} />;
  return (
    <Stack gap="md">
      <Text size="sm">
        {r.focalPointName
          ? t('cases.reminder.to', { name: r.focalPointName, agency: r.agencyName, count: r.caseCount })
          : t('cases.reminder.noFocal', { agency: r.agencyName })}
      </Text>
      {!r.waUrl && r.focalPointName && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
          <Text size="sm">{t('cases.reminder.noNumber')}</Text>
        </Alert>
      )}
      <Textarea label={t('cases.reminder.textLabel')} value={r.text} readOnly autosize minRows={6} maxRows={14} />
      <Text size="xs" c="dimmed">
        {t('cases.reminder.privacy')}
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
        <Button variant="light" leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} color={copied ? 'teal' : undefined} onClick={() => void copy()}>
          {copied ? t('contact.copied') : t('cases.reminder.copy')}
        </Button>
        {r.waUrl && (
          <Button component="a" href={r.waUrl} target="_blank" rel="noopener noreferrer" color="green" leftSection={<IconBrandWhatsapp size={16} />}>
            {t('cases.reminder.open')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
