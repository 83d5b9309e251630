import { Button, Checkbox, Drawer, Group, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { userCreateInput, userUpdateInput } from '../../../../shared/contract/users';
import type { UserDto } from '../../../../shared/dto';
import { ROLES, roleMayHoldConfidentialGrant, type Role } from '../../../../shared/permissions';
import { isApiError } from '../../api/ApiError';
import { useCreateUser, useUpdateUser } from '../../api/users';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import { withRepeat } from '../auth/passwordForms';

interface Props {
  opened: boolean;
  /** Edit this user; add a new one when absent. */
  user?: UserDto;
  /** One's own role cannot be changed (the core refuses it too). */
  isSelf: boolean;
  onClose: () => void;
}

interface Values extends Record<string, unknown> {
  username: string;
  fullName: string;
  role: Role;
  canSeeConfidential: boolean;
  password: string;
  repeatPassword: string;
}

const FIELDS = ['fullName', 'username', 'role', 'canSeeConfidential', 'password', 'repeatPassword'] as const;
const createSchema = withRepeat(userCreateInput, 'password');
const editSchema = userUpdateInput.omit({ id: true, expectedUpdatedAt: true }).extend({ username: z.string(), password: z.string(), repeatPassword: z.string() });

function UserForm({ user, isSelf, onDone }: { user?: UserDto; isSelf: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const { form, server, focusFirstError } = useSchemaForm<Values>(user ? editSchema : createSchema, {
    username: user?.username ?? '',
    fullName: user?.fullName ?? '',
    role: user?.role ?? 'staff',
    canSeeConfidential: user?.canSeeConfidential ?? false,
    password: '',
    repeatPassword: '',
  });
  const v = form.getValues();

  const save = async (values: Values) => {
    server.clearAll();
    try {
      if (user) {
        await update.mutateAsync({ id: user.id, expectedUpdatedAt: user.updatedAt, fullName: values.fullName, role: values.role, canSeeConfidential: values.canSeeConfidential });
      } else {
        await create.mutateAsync({ username: values.username, fullName: values.fullName, role: values.role, canSeeConfidential: values.canSeeConfidential, password: values.password });
      }
      notifySuccess(user ? t('users.updated') : t('users.created'), values.fullName);
      onDone();
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error)) focusFirstError(FIELDS, error.fields);
    }
  };

  return (
    <form onSubmit={form.onSubmit(save, (errors) => focusFirstError(FIELDS, errors))} noValidate>
      <Stack gap="md">
        {mutation.isError && formAlertNeeded(mutation.error, FIELDS) && <ErrorAlert error={mutation.error} title={t('errors.saveFailed')} extraFields={server.unplaced(FIELDS)} />}
        <TextInput label={t('auth.fullName')} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
        <TextInput label={t('auth.username')} description={user ? undefined : t('auth.usernameHelp')} withAsterisk={!user} disabled={!!user} autoCapitalize="none" spellCheck={false} autoComplete="off" {...form.getInputProps('username')} />
        <Radio.Group label={t('users.role')} withAsterisk {...form.getInputProps('role')} onChange={(role) => {
          form.setFieldValue('role', role as Role);
          if (!roleMayHoldConfidentialGrant(role as Role)) form.setFieldValue('canSeeConfidential', false);
        }}>
          <Stack gap="xs" mt={6}>
            {ROLES.map((r) => (
              <Radio key={r} value={r} label={t(`roles.${r}`)} description={t(`roles.${r}Help`)} disabled={isSelf && r !== user?.role} />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox
          label={t('users.confidential')}
          description={t('users.confidentialHelp')}
          disabled={!roleMayHoldConfidentialGrant(v.role)}
          {...form.getInputProps('canSeeConfidential', { type: 'checkbox' })}
        />
        {!user && (
          <>
            <PasswordInput label={t('users.initialPassword')} description={t('users.initialPasswordHelp')} withAsterisk autoComplete="new-password" {...form.getInputProps('password')} />
            <PasswordInput label={t('auth.repeatPassword')} withAsterisk autoComplete="new-password" {...form.getInputProps('repeatPassword')} />
          </>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function UserFormDrawer({ opened, user, isSelf, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size={520} title={<Text fw={600}>{user ? t('users.editTitle') : t('users.createTitle')}</Text>} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <UserForm key={user?.id ?? 'new'} user={user} isSelf={isSelf} onDone={onClose} />
    </Drawer>
  );
}
