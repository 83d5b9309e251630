import { Badge, Button, Group, Menu, Modal, Text, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconChevronDown, IconKey, IconLock, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lockSession, useLogout } from '../../api/auth';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSession } from '../../app/session';

/** The header's current user: change password, lock the screen, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const logout = useLogout();
  const [changing, setChanging] = useState(false);
  const { user } = session;

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={240}>
        <Menu.Target>
          {/* The name holds the visible text (name and role), so speech input can say what it sees. */}
          <UnstyledButton aria-label={t('auth.userMenu', { name: `${user.fullName} ${t(`roles.${user.role}`)}` })}>
            <Group gap={8} wrap="nowrap">
              <IconUserCircle size={22} stroke={1.5} aria-hidden />
              <Text size="sm" fw={500} truncate="end" maw={200} visibleFrom="sm">
                {user.fullName}
              </Text>{' '}
              <Badge size="sm" variant="light" visibleFrom="md">
                {t(`roles.${user.role}`)}
              </Badge>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('auth.signedInAs', { username: user.username })}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChanging(true)}>
            {t('auth.changePassword')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLock size={16} />} onClick={() => void lockSession(client)}>
            {t('auth.lockNow')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} />} color="red" onClick={() => logout.mutate()}>
            {t('auth.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={() => setChanging(false)} title={t('auth.changePassword')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Text size="sm" c="dimmed" mb="md">
          {t('auth.changePasswordLead')}
        </Text>
        <ChangePasswordForm
          onDone={() => setChanging(false)}
          secondary={
            <Button variant="default" onClick={() => setChanging(false)}>
              {t('common.cancel')}
            </Button>
          }
        />
      </Modal>
    </>
  );
}
