import { Alert, Anchor, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBrandWhatsapp, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetailDto } from '../../../../../shared/dto';
import { useLang } from '../../../app/i18n';
import { ContactList } from '../../../components/contact/ContactActions';
import { longDate } from '../../roster/focalDates';
import { personPath } from '../../roster/RosterTable';
import type { OpenDialog } from './caseDialog';
import { DetailCard } from './DetailCard';

/** The reported agency and the focal point stamped when the case was forwarded, with ways to reach them. */
export function AgencyCard({ c, canWrite, open }: { c: CaseDetailDto; canWrite: boolean; open: OpenDialog }) {
  const { t } = useTranslation();
  const lang = useLang();
  const fp = c.focalPoint;
  const closed = c.closedOn !== null;
  return (
    <DetailCard id="case-agency" title={t('cases.detail.agencyTitle')}>
      <Stack gap="sm">
        <div>
          <Anchor component={Link} to={`/instansi/${c.agencyId}`} fw={600} size="sm">
            {c.agencyName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {[c.agencyUnit, c.agencyGroupName].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Divider />
        {!c.forwardedOn ? (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('cases.detail.notForwarded')}
            </Text>
            {canWrite && !closed && (
              <Button variant="light" leftSection={<IconSend size={16} />} onClick={() => open({ kind: 'forward' })}>
                {t('cases.forward.action')}
              </Button>
            )}
          </Stack>
        ) : (
          <Stack gap="xs">
            <Text size="sm">{t('cases.detail.forwardedOn', { date: longDate(c.forwardedOn, lang) })}</Text>
            {fp ? (
              <>
                <div>
                  <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                    {t('cases.detail.stampedFocal')}
                  </Text>
                  <Anchor component={Link} to={personPath(fp.personId)} fw={600} size="sm" c="dark.7">
                    {fp.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[fp.position, fp.unit].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                <ContactList contact={fp} />
                {!fp.stillServing && (
                  <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} p="xs">
                    <Text size="xs">
                      {t('cases.detail.focalRotated')}{' '}
                      <Anchor component={Link} to={`/instansi/${c.agencyId}`} size="xs">
                        {t('cases.detail.currentFocal')}
                      </Anchor>
                    </Text>
                  </Alert>
                )}
              </>
            ) : (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} p="xs">
                <Text size="xs">{t('cases.detail.noFocal')}</Text>
              </Alert>
            )}
          </Stack>
        )}
        <Group>
          <Button variant="default" size="xs" color="green" leftSection={<IconBrandWhatsapp size={16} />} onClick={() => open({ kind: 'reminder' })}>
            {t('cases.reminder.action')}
          </Button>
        </Group>
      </Stack>
    </DetailCard>
  );
}
