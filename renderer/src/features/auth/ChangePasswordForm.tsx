import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordInput } from '../../../../shared/contract/auth';
import { isApiError } from '../../api/ApiError';
import { useChangePassword } from '../../api/auth';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import { withoutRepeat, withRepeat } from './passwordForms';

const FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const;
const schema = withRepeat(changePasswordInput, 'newPassword');

interface Props {
  onDone?: () => void;
  /** Buttons left of "Simpan kata sandi" (cancel in the dialog, sign out on the forced page). */
  secondary?: ReactNode;
}

/** One's own password: the current one, the new one twice. */
export function ChangePasswordForm({ onDone, secondary }: Props) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const { form, server, focusFirstError } = useSchemaForm(schema, { currentPassword: '', newPassword: '', repeatPassword: '' });

  const submit = form.onSubmit(
    async (values) => {
      server.clearAll();
      try {
        await change.mutateAsync(withoutRepeat(values));
        notifySuccess(t('auth.passwordChanged'));
        onDone?.();
      } catch (error) {
        server.setFrom(error);
        if (isApiError(error)) focusFirstError(FIELDS, error.fields);
      }
    },
    (errors) => focusFirstError(FIELDS, errors),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {change.isError && formAlertNeeded(change.error, FIELDS) && <ErrorAlert error={change.error} title={t('errors.saveFailed')} extraFields={server.unplaced(FIELDS)} />}
        <PasswordInput label={t('auth.currentPassword')} withAsterisk autoComplete="current-password" data-autofocus {...form.getInputProps('currentPassword')} />
        <PasswordInput label={t('auth.newPassword')} description={t('auth.setupHint')} withAsterisk autoComplete="new-password" {...form.getInputProps('newPassword')} />
        <PasswordInput label={t('auth.repeatPassword')} withAsterisk autoComplete="new-password" {...form.getInputProps('repeatPassword')} />
        <Group justify="flex-end" gap="sm">
          {secondary}
          <Button type="submit" loading={change.isPending}>
            {t('auth.savePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
