import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconUserShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { setupAdminInput } from '../../../../shared/contract/auth';
import { isApiError } from '../../api/ApiError';
import { useSetupAdmin } from '../../api/auth';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { AuthScreen } from './AuthScreen';
import { withoutRepeat, withRepeat } from './passwordForms';

const FIELDS = ['fullName', 'username', 'password', 'repeatPassword'] as const;
const schema = withRepeat(setupAdminInput, 'password');

/** First start: the office administrator, before the office profile or the demo data. */
export function SetupAdminPage() {
  const { t } = useTranslation();
  const setup = useSetupAdmin();
  const { form, server, focusFirstError } = useSchemaForm(schema, { fullName: '', username: '', password: '', repeatPassword: '' });

  const submit = form.onSubmit(
    async (values) => {
      server.clearAll();
      try {
        await setup.mutateAsync(withoutRepeat(values));
      } catch (error) {
        server.setFrom(error);
        if (isApiError(error)) focusFirstError(FIELDS, error.fields);
      }
    },
    (errors) => focusFirstError(FIELDS, errors),
  );

  return (
    <AuthScreen icon={IconUserShield} title={t('auth.setupTitle')} lead={t('auth.setupLead')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {setup.isError && formAlertNeeded(setup.error, FIELDS) && <ErrorAlert error={setup.error} title={t('auth.setupFailed')} extraFields={server.unplaced(FIELDS)} />}
          <TextInput label={t('auth.fullName')} withAsterisk autoComplete="name" autoFocus {...form.getInputProps('fullName')} />
          <TextInput label={t('auth.username')} description={t('auth.usernameHelp')} withAsterisk autoComplete="username" autoCapitalize="none" spellCheck={false} {...form.getInputProps('username')} />
          <PasswordInput label={t('auth.password')} withAsterisk autoComplete="new-password" {...form.getInputProps('password')} />
          <PasswordInput label={t('auth.repeatPassword')} withAsterisk autoComplete="new-password" {...form.getInputProps('repeatPassword')} />
          <Text size="xs" c="dimmed">
            {t('auth.setupHint')}
          </Text>
          <Button type="submit" loading={setup.isPending} fullWidth>
            {t('auth.setupButton')}
          </Button>
        </Stack>
      </form>
    </AuthScreen>
  );
}
