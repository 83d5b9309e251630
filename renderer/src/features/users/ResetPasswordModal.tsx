import { Button, Checkbox, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userResetPasswordInput } from '../../../../shared/contract/users';
import type { UserDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useResetPassword } from '../../api/users';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import { withoutRepeat, withRepeat } from '../auth/passwordForms';

const FIELDS = ['newPassword', 'repeatPassword'] as const;
const schema = withRepeat(userResetPasswordInput.omit({ id: true }), 'newPassword');

function ResetForm({ user, onDone }: { user: UserDto; onDone: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const { form, server, focusFirstError } = useSchemaForm(schema, { newPassword: '', repeatPassword: '', mustChange: true });
  const save = async (values: { newPassword: string; repeatPassword: string; mustChange: boolean }) => {
    server.clearAll();
    try {
      await reset.mutateAsync({ id: user.id, ...withoutRepeat(values) });
      notifySuccess(t('users.resetDone'), user.fullName);
      onDone();
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error)) focusFirstError(FIELDS, error.fields);
    }
  };
  return (
    <form onSubmit={form.onSubmit(save, (errors) => focusFirstError(FIELDS, errors))} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('users.resetLead', { name: user.fullName })}</Text>
        {reset.isError && formAlertNeeded(reset.error, FIELDS) && <ErrorAlert error={reset.error} extraFields={server.unplaced(FIELDS)} />}
        <PasswordInput label={t('auth.newPassword')} withAsterisk autoComplete="new-password" data-autofocus {...form.getInputProps('newPassword')} />
        <PasswordInput label={t('auth.repeatPassword')} withAsterisk autoComplete="new-password" {...form.getInputProps('repeatPassword')} />
        <Checkbox label={t('users.mustChangeOnLogin')} {...form.getInputProps('mustChange', { type: 'checkbox' })} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={reset.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={reset.isPending}>
            {t('users.resetPassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Sets a new password for a user (told to them in person); by default they must change it. */
export function ResetPasswordModal({ user, onClose }: { user: UserDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  // Keep the last user so the title stays while the modal closes.
  const [shown, setShown] = useState<UserDto | null>(user);
  if (user && user !== shown) setShown(user);
  return (
    <Modal opened={user !== null} onClose={onClose} title={shown ? t('users.resetTitle', { name: shown.fullName }) : ''} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {shown && <ResetForm key={shown.id} user={shown} onDone={onClose} />}
    </Modal>
  );
}
