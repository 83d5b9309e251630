import { Button } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../../api/auth';
import { AuthScreen } from './AuthScreen';
import { ChangePasswordForm } from './ChangePasswordForm';

/** After an administrator's reset: nothing else opens until the user chose their own password. */
export function MustChangePasswordPage() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <AuthScreen icon={IconKey} title={t('auth.mustChangeTitle')} lead={t('auth.mustChangeLead')}>
      <ChangePasswordForm
        secondary={
          <Button variant="default" onClick={() => logout.mutate()} loading={logout.isPending}>
            {t('auth.logout')}
          </Button>
        }
      />
    </AuthScreen>
  );
}
