import { ActionIcon, Anchor, Button, Menu, Stack, Table, Text } from '@mantine/core';
import { IconClipboardCheck, IconDots, IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InvitationDto } from '../../../../shared/dto';
import classes from '../mou/MouPanel.module.css';
import { InvitationBadges } from './EventBadges';

interface Props {
  invitations: InvitationDto[];
  readOnly: boolean;
  onRecord: (invitation: InvitationDto) => void;
  onUninvite: (invitation: InvitationDto) => void;
}

/** Every invited agency: its focal point on the event's date, attendance and who came. */
export function InvitationTable({ invitations, readOnly, onRecord, onUninvite }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing={8} horizontalSpacing="md" className={classes.table}>
        <Table.Thead className={classes.thead}>
          <Table.Tr>
            <Table.Th w={40}>No</Table.Th>
            <Table.Th>{t('events.colAgency')}</Table.Th>
            <Table.Th w={220}>{t('events.colFocal')}</Table.Th>
            <Table.Th w={200}>{t('events.colStatus')}</Table.Th>
            <Table.Th w={230}>{t('events.colAttendees')}</Table.Th>
            <Table.Th w={150} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((inv, i) => (
            <Table.Tr key={inv.id} data-invitation={inv.agencyShortName || inv.agencyName}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/instansi/${inv.agencyId}`} size="sm" fw={600} c="simpul.9">
                  {inv.agencyShortName || inv.agencyName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {inv.groupName}
                </Text>
              </Table.Td>
              <Table.Td>
                {inv.designatedFocal ? (
                  <>
                    <Text size="sm">{inv.designatedFocal.name}</Text>
                    <Text size="xs" c="dimmed">
                      {[inv.designatedFocal.position, inv.designatedFocal.phone].filter(Boolean).join(' · ')}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="orange.8">
                    {t('events.noFocal')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <InvitationBadges invitation={inv} />
                {inv.note && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {inv.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  {inv.attendees.map((a) => (
                    <Text key={a.id} size="xs">
                      {a.name}
                      {a.position ? <Text span c="dimmed" size="xs">{` · ${a.position}`}</Text> : null}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>
                {!readOnly && (
                  <Button.Group>
                    <Button size="xs" variant="light" leftSection={<IconClipboardCheck size={14} />} onClick={() => onRecord(inv)} aria-label={`${t('events.recordAttendance')}: ${inv.agencyName}`}>
                      {t('events.recordAttendance')}
                    </Button>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="light" size={30} aria-label={`${t('common.actions')}: ${inv.agencyName}`}>
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item color="red" leftSection={<IconUserMinus size={16} />} disabled={inv.attendance !== 'belum'} onClick={() => onUninvite(inv)}>
                          {t('events.uninvite')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Button.Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
