import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../../shared/dto';
import { useSetUserActive } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';

/** Deactivates (never deletes) or reactivates a user. The core keeps the last administrator. */
export function SetUserActiveModal({ user, onClose }: { user: UserDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const setActive = useSetUserActive();
  const [shown, setShown] = useState<UserDto | null>(user);
  if (user && user !== shown) setShown(user);
  const deactivating = shown?.active ?? true;

  const close = () => {
    setActive.reset();
    onClose();
  };
  const confirm = async () => {
    if (!shown) return;
    try {
      await setActive.mutateAsync({ id: shown.id, active: !shown.active });
      notifySuccess(deactivating ? t('users.deactivated') : t('users.reactivated'), shown.fullName);
      close();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Modal opened={user !== null} onClose={close} title={deactivating ? t('users.deactivateTitle') : t('users.reactivateTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{shown && (deactivating ? t('users.deactivateText', { name: shown.fullName }) : t('users.reactivateText', { name: shown.fullName }))}</Text>
        {setActive.isError && <ErrorAlert error={setActive.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={setActive.isPending}>
            {t('common.cancel')}
          </Button>
          <Button color={deactivating ? 'red' : undefined} onClick={() => void confirm()} loading={setActive.isPending}>
            {deactivating ? t('users.deactivate') : t('users.reactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
