import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUpdateStatus } from '../../api/updates';
import { InstallUpdateButton } from './InstallUpdateButton';
import classes from './UpdateStatusLine.module.css';
import { updateStatusText, updateStatusTone } from './updateStatusText';

/**
 * The foot of the menu: version (to "Tentang Simpul") and one quiet line about updates. No
 * dialog ever comes from here; a missing network is a grey dot, not an error.
 */
export function UpdateStatusLine({ version }: { version: string }) {
  const { t } = useTranslation();
  const status = useUpdateStatus().data;

  return (
    <Stack gap={4} px="sm" pt="sm">
      <Text size="xs" c="dimmed">
        {t('app.institution')}
        <br />
        <Anchor component={Link} to="/tentang" size="xs" c="dimmed" underline="always">
          {t('app.version', { version })} · {t('about.link')}
        </Anchor>
      </Text>
      {status && (
        <Group gap={6} wrap="nowrap" align="flex-start" role="status" aria-label={t('updates.statusLabel')}>
          <span className={`${classes.dot} ${classes[updateStatusTone(status)]}`} aria-hidden />
          <Text size="xs" c="dimmed" data-testid="update-status">
            {updateStatusText(t, status)}
          </Text>
        </Group>
      )}
      {status?.state === 'downloaded' && status.availableVersion && <InstallUpdateButton version={status.availableVersion} />}
    </Stack>
  );
}
