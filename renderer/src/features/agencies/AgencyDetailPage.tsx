import { Anchor, Badge, Breadcrumbs, Button, Grid, Group, Skeleton, Stack } from '@mantine/core';
import { IconPencil, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAgency } from '../../api/agencies';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { AgencyDetailCards } from './AgencyDetailCards';
import { AgencyFormDrawer } from './AgencyFormDrawer';
import { SetActiveModal } from './SetActiveModal';

/** /instansi/:id: one agency, its head, notes, and (later) its focal points. */
export function AgencyDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const agency = useAgency(id);
  const [editing, setEditing] = useState(false);
  const [toggling, setToggling] = useState(false);
  const a = agency.data;

  const crumbs = (
    <Breadcrumbs separatorMargin={6}>
      <Anchor component={Link} to="/instansi" size="sm">
        {t('nav.agencies')}
      </Anchor>
      <Anchor size="sm" c="dimmed" underline="never" component="span">
        {a?.shortName || t('agencies.detailBreadcrumb')}
      </Anchor>
    </Breadcrumbs>
  );

  if (agency.isPending) {
    return (
      <Stack gap="lg" aria-busy="true">
        {crumbs}
        <Skeleton h={36} w="50%" />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Skeleton h={260} radius="md" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Skeleton h={180} radius="md" />
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }

  if (agency.isError || !a) {
    return (
      <>
        <PageHeader above={crumbs} title={t('agencies.detailBreadcrumb')} />
        <ErrorAlert error={agency.error} title={t('errors.loadFailed')} onRetry={() => void agency.refetch()} retrying={agency.isFetching} />
        <Button component={Link} to="/instansi/daftar" variant="default" mt="md">
          {t('agencies.backToList')}
        </Button>
      </>
    );
  }

  return (
    <>
      <PageHeader
        above={crumbs}
        title={a.name}
        lead={
          <Group gap="xs" component="span">
            <Badge variant="light" radius="sm">
              {a.groupName}
            </Badge>
            {a.active ? (
              <Badge variant="light" color="teal" radius="sm">
                {t('common.active')}
              </Badge>
            ) : (
              <Badge variant="light" color="gray" radius="sm">
                {t('agencies.inactiveBadge')}
              </Badge>
            )}
            {a.region && <span>{a.region}</span>}
          </Group>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            {a.active ? (
              <Button variant="light" color="red" leftSection={<IconPlayerPause size={16} />} onClick={() => setToggling(true)}>
                {t('agencies.deactivate')}
              </Button>
            ) : (
              <Button variant="light" leftSection={<IconPlayerPlay size={16} />} onClick={() => setToggling(true)}>
                {t('agencies.reactivate')}
              </Button>
            )}
          </>
        }
      />
      <AgencyDetailCards agency={a} />
      <AgencyFormDrawer opened={editing} agency={a} onClose={() => setEditing(false)} />
      <SetActiveModal agency={toggling ? a : null} onClose={() => setToggling(false)} />
    </>
  );
}
