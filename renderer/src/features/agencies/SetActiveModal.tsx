import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useSetAgencyActive } from '../../api/agencies';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrorText } from '../../components/errorText';
import { notifySuccess } from '../../components/notify';

interface Props {
  /** The agency to deactivate (if active) or reactivate (if inactive); null = closed. */
  agency: AgencyDto | null;
  onClose: () => void;
}

/** Confirms deactivation / reactivation with an optional reason. Nothing is ever deleted. */
export function SetActiveModal({ agency, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const setActive = useSetAgencyActive();
  const [reason, setReason] = useState('');
  // Remember the last agency so the text stays while the modal closes.
  const [shown, setShown] = useState<AgencyDto | null>(agency);
  if (agency && agency !== shown) setShown(agency);
  const target = agency ?? shown;
  const deactivating = target?.active ?? true;

  const close = () => {
    setReason('');
    setActive.reset();
    onClose();
  };

  const confirm = async () => {
    if (!target) return;
    try {
      await setActive.mutateAsync({ id: target.id, active: !target.active, reason });
      notifySuccess(deactivating ? t('agencies.deactivated') : t('agencies.reactivated'), target.name);
      close();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  const fields = isApiError(setActive.error) ? setActive.error.fields : {};
  const reasonError = fields.reason ? fieldErrorText(fields.reason, lang) : undefined;

  return (
    <Modal opened={agency !== null} onClose={close} title={deactivating ? t('agencies.deactivateTitle') : t('agencies.reactivateTitle')} size="md" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{target && (deactivating ? t('agencies.deactivateText', { name: target.name }) : t('agencies.reactivateText', { name: target.name }))}</Text>
        <TextInput
          label={t('agencies.reason')}
          placeholder={t('agencies.reasonPlaceholder')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={300}
          error={reasonError}
          data-autofocus
        />
        {setActive.isError && <ErrorAlert error={setActive.error} extraFields={Object.keys(fields).filter((f) => f !== 'reason')} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={setActive.isPending}>
            {t('common.cancel')}
          </Button>
          <Button color={deactivating ? 'red' : undefined} onClick={() => void confirm()} loading={setActive.isPending}>
            {deactivating ? t('agencies.deactivate') : t('agencies.reactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
