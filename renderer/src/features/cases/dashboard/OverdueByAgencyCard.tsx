import { Anchor, Button, Modal, Paper, Skeleton, Table, Text, Title } from '@mantine/core';
import { IconBrandWhatsapp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardDto } from '../../../../../shared/dto';
import { ContactInline } from '../../../components/contact/ContactActions';
import { ReminderPanel } from '../detail/dialogs/ReminderPanel';

/** Agencies whose side of a deadline has passed, most first, with the focal point to call and a ready reminder. */
export function OverdueByAgencyCard({ d }: { d: DashboardDto | undefined }) {
  const { t } = useTranslation();
  const [reminding, setReminding] = useState<string | null>(null);
  return (
    <Paper p="lg" component="section" aria-labelledby="home-overdue">
      <Title order={2} fz="md" mb={4} id="home-overdue">
        {t('cases.dashboard.overdueByAgency')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('cases.dashboard.overdueByAgencyHelp')}
      </Text>
      {!d ? (
        <Skeleton h={120} />
      ) : d.overdueByAgency.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.dashboard.noOverdue')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={8} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.fields.agency')}</Table.Th>
                <Table.Th w={70} ta="right">
                  {t('cases.dashboard.cases')}
                </Table.Th>
                <Table.Th w={250}>{t('cases.dashboard.focalPoint')}</Table.Th>
                <Table.Th w={120} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.overdueByAgency.map((a) => (
                <Table.Tr key={a.agencyId} data-agency={a.agencyId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/instansi/${a.agencyId}`} size="sm" fw={500} c="dark.7" lineClamp={2}>
                      {a.agencyName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Anchor component={Link} to={`/laporan?agency=${a.agencyId}&due=overdue&sort=nextDueOn&dir=asc`} size="sm" fw={700} c="red.7">
                      {a.count}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {a.focalPointName ? (
                      <>
                        <Text size="sm" fw={500} lineClamp={1}>
                          {a.focalPointName}
                        </Text>
                        <ContactInline contact={{ name: a.focalPointName, phone: '', whatsapp: a.focalPointWhatsapp ?? '', email: '' }} />
                      </>
                    ) : (
                      <Text size="sm" c="orange.8">
                        {t('cases.dashboard.noFocal')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="light" color="green" leftSection={<IconBrandWhatsapp size={14} />} onClick={() => setReminding(a.agencyId)}>
                      {t('cases.dashboard.remind')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={reminding !== null} onClose={() => setReminding(null)} title={t('cases.reminder.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        {reminding && <ReminderPanel agencyId={reminding} onClose={() => setReminding(null)} />}
      </Modal>
    </Paper>
  );
}
