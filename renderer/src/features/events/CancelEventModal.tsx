import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '../../../../shared/dto';
import { useSetEventCancelled } from '../../api/events';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';

export function CancelEventModal({ event, opened, onClose }: { event: EventDto; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useSetEventCancelled();
  const [reason, setReason] = useState('');
  const submit = async () => {
    try {
      await cancel.mutateAsync({ id: event.id, cancelled: true, reason, expectedUpdatedAt: event.updatedAt });
      notifySuccess(t('events.cancelled'), event.title);
      onClose();
    } catch {
      // shown below
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('events.cancelTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('events.cancelText')}</Text>
        {cancel.isError && <ErrorAlert error={cancel.error} title={t('errors.saveFailed')} />}
        <TextInput label={t('events.cancelReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void submit()} loading={cancel.isPending}>
            {t('events.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
