import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  className: string;
  onCancel: () => void;
  cancelLabel: string;
  pending: boolean;
  submitDisabled?: boolean;
}

/** Cancel (or close) and save, at the foot of a drawer form. */
export function FormFooter({ className, onCancel, cancelLabel, pending, submitDisabled }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm" className={className}>
      <Button variant="default" onClick={onCancel} disabled={pending}>
        {cancelLabel}
      </Button>
      <Button type="submit" loading={pending} disabled={submitDisabled}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
