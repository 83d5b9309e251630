import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../../../shared/archive';
import type { KeyFileDto } from '../../../../shared/dto';
import { useTrustKey } from '../../api/archive';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';

/** Shows a key file's office and full fingerprint, to compare by phone before trusting it. */
export function TrustKeyModal({ candidate, onClose }: { candidate: { text: string; file: KeyFileDto } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const trust = useTrustKey();
  const close = () => {
    trust.reset();
    setNote('');
    onClose();
  };
  const file = candidate?.file;
  return (
    <Modal opened={candidate !== null} onClose={close} title={t('archive.keys.confirmTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {file && (
        <Stack gap="md">
          <Text size="sm">{t('archive.keys.confirmText', { office: `${file.officeCode} (${file.officeName})` })}</Text>
          <Text ff="monospace" fw={600} ta="center" data-testid="candidate-fingerprint">
            {formatFingerprint(file.fingerprint, 16)}
          </Text>
          {file.known && <Alert color={file.known === 'revoked' ? 'orange' : 'blue'}>{t(`archive.keys.knownAs.${file.known}`)}</Alert>}
          <TextInput label={t('archive.keys.note')} placeholder={t('archive.keys.notePlaceholder')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={200} />
          {trust.error ? <ErrorAlert error={trust.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={file.known === 'own' || file.known === 'trusted'}
              loading={trust.isPending}
              onClick={() =>
                trust.mutate(
                  { text: candidate!.text, note },
                  {
                    onSuccess: (k) => {
                      notifySuccess(t('archive.keys.trusted'), k.officeCode);
                      close();
                    },
                  },
                )
              }
            >
              {t('archive.keys.trust')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
