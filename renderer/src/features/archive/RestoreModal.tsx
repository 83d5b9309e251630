import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestoreInput } from '../../../../shared/contract/backup';
import type { RestoreResultDto } from '../../../../shared/dto';
import { useRestoreBackup } from '../../api/archive';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  target: { input: RestoreInput; label: string } | null;
  onClose(): void;
  onDone(result: RestoreResultDto): void;
}

/** Asks before replacing the database; a refused file (corrupt, foreign) is explained here. */
export function RestoreModal({ target, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const restore = useRestoreBackup();
  const close = () => {
    restore.reset();
    onClose();
  };
  return (
    <Modal opened={target !== null} onClose={close} title={t('archive.backup.restoreTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {target && (
        <Stack gap="md">
          <Text size="sm">{t('archive.backup.restoreText', { file: target.label })}</Text>
          {restore.error ? <ErrorAlert error={restore.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={restore.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={restore.isPending}
              onClick={() =>
                restore.mutate(target.input, {
                  onSuccess: (r) => {
                    onDone(r);
                    close();
                  },
                })
              }
            >
              {t('archive.backup.restoreConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
