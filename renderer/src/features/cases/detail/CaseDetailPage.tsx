import { Anchor, Breadcrumbs, Button, Grid, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCase, useLeakCheck } from '../../../api/cases';
import { useLang } from '../../../app/i18n';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { longDate } from '../../roster/focalDates';
import { ConfidentialBadge, DueBadge, StageBadge } from '../CaseBadges';
import { useCasePermissions } from '../useCasePermissions';
import { AgencyCard } from './AgencyCard';
import { CaseActions } from './CaseActions';
import type { CaseDialog } from './caseDialog';
import { CaseDialogs } from './CaseDialogs';
import { CaseRecordCard } from './CaseRecordCard';
import { CaseTimeline } from './CaseTimeline';
import { ClosureCard } from './ClosureCard';
import { DeadlinesCard } from './DeadlinesCard';
import { LeakAlert } from './LeakAlert';
import { LinksCard } from './LinksCard';
import { ReporterCard } from './ReporterCard';

/** /laporan/:id: one complaint with its reporter, agency, deadlines, timeline and actions. */
export function CaseDetailPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const query = useCase(id);
  const c = query.data;
  const leak = useLeakCheck(id, c?.confidential ?? false);
  const can = useCasePermissions();
  const [dialog, setDialog] = useState<CaseDialog | null>(null);

  const crumbs = (
    <Breadcrumbs separatorMargin={6}>
      <Anchor component={Link} to="/laporan" size="sm">
        {t('nav.cases')}
      </Anchor>
      <Anchor size="sm" c="dimmed" underline="never" component="span">
        {c?.registerNumber ?? t('cases.detail.breadcrumb')}
      </Anchor>
    </Breadcrumbs>
  );

  if (query.isPending) {
    return (
      <Stack gap="lg" aria-busy="true">
        {crumbs}
        <Skeleton h={36} w="40%" />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Skeleton h={360} radius="md" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Skeleton h={240} radius="md" />
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }
  if (query.isError || !c) {
    return (
      <>
        <PageHeader above={crumbs} title={t('cases.detail.breadcrumb')} />
        <ErrorAlert error={query.error} title={t('errors.loadFailed')} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        <Button component={Link} to="/laporan" variant="default" mt="md">
          {t('cases.detail.backToList')}
        </Button>
      </>
    );
  }

  // The clock behind the nearest due date, for its working days and name.
  const nearest = c.clocks.find((k) => k.dueOn === c.nextDueOn && (k.status === 'running' || k.status === 'overdue'));
  const findings = c.confidential ? (leak.data?.findings ?? []) : [];
  const printable = !c.confidential || leak.data?.clean === true;
  const recheckLeaks = async () => (c.confidential ? (await leak.refetch()).data?.clean === true : true);

  return (
    <>
      <PageHeader
        above={crumbs}
        title={c.registerNumber}
        lead={
          <Group gap="xs" component="span">
            <StageBadge name={c.stageName} phase={c.stagePhase} size="md" />
            {c.confidential && <ConfidentialBadge size="md" />}
            <DueBadge nextDueOn={c.nextDueOn} today={c.today} overdue={c.overdue} dueSoon={c.dueSoon} closedOn={c.closedOn} ruleName={nearest?.ruleName} workingDaysLeft={nearest?.workingDaysLeft} />
            <Text span size="sm" c="dimmed">
              {[t('cases.detail.receivedLine', { date: longDate(c.receivedOn, lang) }), c.simpelNumber && t('cases.list.simpel', { number: c.simpelNumber })].filter(Boolean).join(' · ')}
            </Text>
          </Group>
        }
        actions={<CaseActions c={c} canWrite={can.canWrite} printable={printable} recheckLeaks={recheckLeaks} open={setDialog} />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            {findings.length > 0 && <LeakAlert c={c} findings={findings} canWrite={can.canWrite} open={setDialog} />}
            {c.closedOn && <ClosureCard c={c} />}
            <CaseRecordCard c={c} canWrite={can.canWrite} open={setDialog} />
            <CaseTimeline c={c} canWrite={can.canWrite} open={setDialog} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <DeadlinesCard c={c} />
            <AgencyCard c={c} canWrite={can.canWrite} open={setDialog} />
            <ReporterCard c={c} canWrite={can.canWrite} open={setDialog} />
            <LinksCard c={c} canWrite={can.canWrite} open={setDialog} />
          </Stack>
        </Grid.Col>
      </Grid>
      <CaseDialogs c={c} dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
