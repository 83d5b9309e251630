import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstallUpdate } from '../../api/updates';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props extends Pick<ButtonProps, 'size' | 'variant'> {
  version: string;
}

/** "Pasang sekarang" with a confirmation: the app closes, so unsaved work must be saved first. */
export function InstallUpdateButton({ version, size = 'xs', variant = 'light' }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const install = useInstallUpdate();
  const close = () => {
    setOpened(false);
    install.reset();
  };

  return (
    <>
      <Button size={size} variant={variant} leftSection={<IconDownload size={14} />} onClick={() => setOpened(true)}>
        {t('updates.installNow')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('updates.installTitle', { version })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <Text size="sm">{t('updates.installText', { version })}</Text>
          {install.isError && <ErrorAlert error={install.error} title={t('updates.installFailed')} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={install.isPending}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => install.mutate()} loading={install.isPending || install.isSuccess}>
              {t('updates.installConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
