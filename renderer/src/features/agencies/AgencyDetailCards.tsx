import { Anchor, DataList, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyDto } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { formatTimestamp } from '../../components/formatTimestamp';
import { AgencyAttendanceCard } from '../events/AgencyAttendanceCard';
import { AgencyPartnershipCards } from '../mou/AgencyPartnershipCards';
import { AgencyFocalSection } from '../roster/AgencyFocalSection';
import classes from './AgencyDetailCards.module.css';
import type { AGENCY_FIELDS } from './agencyFormValues';

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper p="lg" component="section">
      <Title order={2} fz="md" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value || <Text c="dimmed" component="span">—</Text>}</DataList.ItemValue>
    </DataList.Item>
  );
}

export function AgencyDetailCards({ agency: a }: { agency: AgencyDto }) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = (key: (typeof AGENCY_FIELDS)[number]) => t(`agencies.fields.${key}`);

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          {/* Who to contact comes first: the reason most people open an agency. */}
          <AgencyFocalSection agency={a} />
          <Card id="agency-data" title={t('agencies.dataHeading')}>
            <DataList labelWidth={190} withDivider>
              <Row label={f('name')} value={a.name} />
              <Row label={f('shortName')} value={a.shortName} />
              <Row label={f('groupId')} value={a.groupName} />
              <Row label={f('region')} value={a.region} />
              <Row label={f('address')} value={a.address && <span className={classes.multiline}>{a.address}</span>} />
              <Row label={f('phone')} value={a.phone} />
              <Row label={f('email')} value={a.email && <Anchor href={`mailto:${a.email}`} fz="inherit">{a.email}</Anchor>} />
            </DataList>
          </Card>
          <AgencyPartnershipCards agencyId={a.id} />
          <AgencyAttendanceCard agencyId={a.id} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="lg">
          <Card id="agency-head" title={t('agencies.headHeading')}>
            <DataList orientation="vertical" gap="sm">
              <Row label={f('headName')} value={a.headName} />
              <Row label={f('headPosition')} value={a.headPosition} />
              <Row label={f('headNip')} value={a.headNip} />
            </DataList>
          </Card>
          <Card id="agency-notes" title={t('agencies.notesHeading')}>
            <Text size="sm" c={a.notes ? undefined : 'dimmed'} className={classes.multiline}>
              {a.notes || t('agencies.noNotes')}
            </Text>
          </Card>
          <Card id="agency-record" title={t('agencies.recordHeading')}>
            <DataList orientation="vertical" gap="sm" size="sm">
              <Row label={t('common.createdAt')} value={formatTimestamp(a.createdAt, lang)} />
              <Row label={t('common.updatedAt')} value={formatTimestamp(a.updatedAt, lang)} />
              <Row label={t('agencies.officeCode')} value={a.officeCode} />
            </DataList>
          </Card>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
