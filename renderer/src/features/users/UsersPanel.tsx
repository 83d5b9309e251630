import { ActionIcon, Badge, Button, Group, Menu, Paper, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconPlus, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../../shared/dto';
import { useUsers } from '../../api/users';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatTimestamp';
import { useSession } from '../../app/session';
import { ResetPasswordModal } from './ResetPasswordModal';
import { SetUserActiveModal } from './SetUserActiveModal';
import { UserFormDrawer } from './UserFormDrawer';

/** Pengaturan > Pengguna: every account, with what an administrator can do to it. */
export function UsersPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const users = useUsers();
  const me = useSession().user;
  const [drawer, setDrawer] = useState<{ opened: boolean; user?: UserDto }>({ opened: false });
  const [resetting, setResetting] = useState<UserDto | null>(null);
  const [toggling, setToggling] = useState<UserDto | null>(null);

  return (
    <>
      <Group justify="flex-end" mb="md">
        <Button leftSection={<IconPlus size={18} />} onClick={() => setDrawer({ opened: true })}>
          {t('users.add')}
        </Button>
      </Group>
      {users.isError && <ErrorAlert error={users.error} title={t('errors.loadFailed')} onRetry={() => void users.refetch()} />}
      {users.isPending && <Skeleton h={240} radius="md" />}
      {users.isSuccess && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('auth.fullName')}</Table.Th>
                  <Table.Th>{t('auth.username')}</Table.Th>
                  <Table.Th>{t('users.role')}</Table.Th>
                  <Table.Th>{t('users.status')}</Table.Th>
                  <Table.Th>{t('users.lastLogin')}</Table.Th>
                  <Table.Th w={60}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.map((u) => (
                  <Table.Tr key={u.id} c={u.active ? undefined : 'dimmed'}>
                    <Table.Td>
                      <Group gap={6}>
                        <Text size="sm" fw={500}>
                          {u.fullName}
                        </Text>
                        {u.id === me.id && (
                          <Badge size="xs" variant="outline">
                            {t('users.you')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{u.username}</Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        <Badge variant="light" color={u.role === 'admin' ? 'grape' : u.role === 'staff' ? 'blue' : 'gray'}>
                          {t(`roles.${u.role}`)}
                        </Badge>
                        {u.canSeeConfidential && (
                          <Badge variant="light" color="orange">
                            {t('users.confidentialShort')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        <Badge variant="dot" color={u.active ? 'teal' : 'gray'}>
                          {u.active ? t('common.active') : t('common.inactive')}
                        </Badge>
                        {u.lockedUntil && (
                          <Badge variant="light" color="red">
                            {t('users.lockedUntil', { time: formatTimestamp(u.lockedUntil, lang) })}
                          </Badge>
                        )}
                        {u.mustChangePassword && (
                          <Badge variant="light" color="yellow">
                            {t('users.mustChange')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{u.lastLoginAt ? formatTimestamp(u.lastLoginAt, lang) : t('users.never')}</Table.Td>
                    <Table.Td>
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { name: u.fullName })}>
                            <IconDots size={18} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setDrawer({ opened: true, user: u })}>
                            {t('users.edit')}
                          </Menu.Item>
                          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setResetting(u)}>
                            {t('users.resetPassword')}
                          </Menu.Item>
                          {u.id !== me.id && (
                            <Menu.Item leftSection={u.active ? <IconUserOff size={16} /> : <IconUserCheck size={16} />} color={u.active ? 'red' : undefined} onClick={() => setToggling(u)}>
                              {u.active ? t('users.deactivate') : t('users.reactivate')}
                            </Menu.Item>
                          )}
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <UserFormDrawer opened={drawer.opened} user={drawer.user} isSelf={drawer.user?.id === me.id} onClose={() => setDrawer({ opened: false })} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <SetUserActiveModal user={toggling} onClose={() => setToggling(null)} />
    </>
  );
}
