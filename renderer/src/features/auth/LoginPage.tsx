import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconLogin2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { loginInput } from '../../../../shared/contract/auth';
import { useLogin } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { AuthScreen } from './AuthScreen';

const FIELDS = ['username', 'password'] as const;

/** Sign-in. A wrong name and a wrong password get the same message from the core. */
export function LoginPage() {
  const { t } = useTranslation();
  const login = useLogin();
  const { form, focusFirstError } = useSchemaForm(loginInput, { username: '', password: '' });

  const submit = form.onSubmit(
    async (values) => {
      try {
        await login.mutateAsync(values);
      } catch {
        // Shown below; the password is cleared for the next try.
        form.setFieldValue('password', '');
        form.getInputNode('password')?.focus();
      }
    },
    (errors) => focusFirstError(FIELDS, errors),
  );

  return (
    <AuthScreen icon={IconLogin2} title={t('auth.loginTitle')} lead={t('auth.loginLead')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {login.isError && <ErrorAlert error={login.error} title={t('auth.loginFailed')} />}
          <TextInput label={t('auth.username')} autoComplete="username" autoCapitalize="none" spellCheck={false} data-autofocus autoFocus {...form.getInputProps('username')} />
          <PasswordInput label={t('auth.password')} autoComplete="current-password" {...form.getInputProps('password')} />
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('auth.login')}
          </Button>
        </Stack>
      </form>
    </AuthScreen>
  );
}
