import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, formAlertNeeded } from '../../../../components/ErrorAlert';

/** A refused save: the core's message, plus field errors that have no input on this form. */
export function SaveError({ error, fields, unplaced }: { error: unknown; fields: readonly string[]; unplaced: string[] }) {
  const { t } = useTranslation();
  if (!error || (!formAlertNeeded(error, fields) && unplaced.length === 0)) return null;
  return <ErrorAlert error={error} title={t('errors.saveFailed')} extraFields={unplaced} />;
}

/** Cancel and the form's submit button, at the end of a dialog. */
export function DialogButtons({ onCancel, pending, submit, color, icon }: { onCancel: () => void; pending: boolean; submit: string; color?: string; icon?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel} disabled={pending}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending} color={color} leftSection={icon}>
        {submit}
      </Button>
    </Group>
  );
}
