import { Anchor, Badge, Breadcrumbs, Button, DataList, Drawer, Grid, Group, Paper, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconBuildingCommunity, IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { todayIso } from '../../../../shared/dates';
import { usePerson } from '../../api/persons';
import { useLang } from '../../app/i18n';
import { ContactList } from '../../components/contact/ContactActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatTimestamp';
import { PageHeader } from '../../components/PageHeader';
import timelineClasses from '../roster/FocalTimeline.module.css';
import { periodText } from '../roster/focalDates';
import { PersonForm } from './PersonForm';

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value || <Text c="dimmed" component="span">—</Text>}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** /narahubung/orang/:id: one focal point, how to reach them, and every agency they served. */
export function PersonDetailPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const detail = usePerson(id);
  const [editing, setEditing] = useState(false);
  const d = detail.data;
  const today = todayIso();

  const crumbs = (
    <Breadcrumbs separatorMargin={6}>
      <Anchor component={Link} to="/instansi" size="sm">
        {t('nav.agencies')}
      </Anchor>
      <Anchor size="sm" c="dimmed" underline="never" component="span">
        {d?.person.name ?? t('persons.breadcrumb')}
      </Anchor>
    </Breadcrumbs>
  );

  if (detail.isPending) {
    return (
      <Stack gap="lg" aria-busy="true">
        {crumbs}
        <Skeleton h={36} w="40%" />
        <Skeleton h={240} radius="md" />
      </Stack>
    );
  }
  if (detail.isError || !d) {
    return (
      <>
        <PageHeader above={crumbs} title={t('persons.breadcrumb')} />
        <ErrorAlert error={detail.error} title={t('errors.loadFailed')} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />
      </>
    );
  }

  const p = d.person;
  const serving = d.assignments.filter((a) => a.current);
  return (
    <>
      <PageHeader
        above={crumbs}
        title={p.name}
        lead={
          <Group gap="xs" component="span">
            {serving.length > 0 ? (
              <Badge variant="light" color="teal" radius="sm">
                {t('persons.servingCount', { count: serving.length })}
              </Badge>
            ) : (
              <Badge variant="light" color="gray" radius="sm">
                {t('persons.notServing')}
              </Badge>
            )}
            {[p.position, p.unit].filter(Boolean).join(' · ')}
          </Group>
        }
        actions={
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper p="lg" component="section" aria-labelledby="person-agencies">
            <Title order={2} fz="md" mb="md" id="person-agencies">
              {t('persons.agenciesHeading')}
            </Title>
            {d.assignments.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('persons.noAgencies')}
              </Text>
            ) : (
              <Timeline bulletSize={26} lineWidth={2} active={-1}>
                {d.assignments.map((a) => (
                  <Timeline.Item
                    key={a.id}
                    bullet={<IconBuildingCommunity size={14} />}
                    classNames={{ itemBullet: a.current ? timelineClasses.bulletPrimary : timelineClasses.bulletPast }}
                    title={
                      <Group gap={8}>
                        <Anchor component={Link} to={`/instansi/${a.agencyId}`} fw={600} size="sm">
                          {a.agencyName}
                        </Anchor>
                        <Badge size="xs" radius="sm" variant={a.role === 'utama' ? 'light' : 'outline'} color={a.role === 'utama' ? 'simpul' : 'gray'}>
                          {t(`focal.roles.${a.role}`)}
                        </Badge>
                        {a.current && (
                          <Badge size="xs" radius="sm" variant="light" color="teal">
                            {t('focal.serving')}
                          </Badge>
                        )}
                      </Group>
                    }
                  >
                    <Text size="sm" mt={2}>
                      {periodText(a, today, lang, t)}
                    </Text>
                    {a.endReason && (
                      <Text size="sm" c="dark.4">
                        {t('focal.endedBecause', { reason: t(`focal.endReasons.${a.endReason}`) })}
                        {a.endNote ? ` · ${a.endNote}` : ''}
                      </Text>
                    )}
                  </Timeline.Item>
                ))}
              </Timeline>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Paper p="lg" component="section" aria-labelledby="person-contact">
              <Title order={2} fz="md" mb="md" id="person-contact">
                {t('persons.contactHeading')}
              </Title>
              <ContactList contact={p} />
            </Paper>
            <Paper p="lg" component="section" aria-labelledby="person-data">
              <Title order={2} fz="md" mb="md" id="person-data">
                {t('persons.dataHeading')}
              </Title>
              <DataList orientation="vertical" gap="sm">
                <Row label={t('persons.fields.nip')} value={p.nip} />
                <Row label={t('persons.fields.position')} value={p.position} />
                <Row label={t('persons.fields.unit')} value={p.unit} />
                <Row label={t('persons.fields.notes')} value={p.notes && <span style={{ whiteSpace: 'pre-line' }}>{p.notes}</span>} />
                <Row label={t('common.updatedAt')} value={formatTimestamp(p.updatedAt, lang)} />
              </DataList>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Drawer opened={editing} onClose={() => setEditing(false)} title={t('persons.editTitle')} size={560} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <PersonForm key={p.updatedAt} person={p} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Drawer>
    </>
  );
}
