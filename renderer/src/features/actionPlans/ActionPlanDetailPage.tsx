import { Alert, Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { IconChartBar, IconLayoutKanban, IconPencil, IconPrinter, IconQrcode, IconReport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useActionPlan, usePrintMonitoring } from '../../api/actionPlans';
import { useLang } from '../../app/i18n';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { longDate } from '../roster/focalDates';
import { ActionPlanFormDrawer } from './ActionPlanFormDrawer';
import { BatchPrintModal } from './BatchPrintModal';
import { BoardPanel } from './BoardPanel';
import { MarkSignedModal } from './MarkSignedModal';
import { ProgressPanel } from './ProgressPanel';

/** /rencana-aksi/:id: the status board, batch print, signing by code, and monitoring. */
export function ActionPlanDetailPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const plan = useActionPlan(id);
  const monitoring = usePrintMonitoring();
  const [editing, setEditing] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [signing, setSigning] = useState(false);
  const [tab, setTab] = useState<string | null>('board');
  const p = plan.data;
  const crumbs = (
    <Breadcrumbs separatorMargin={6}>
      <Anchor component={Link} to="/rencana-aksi" size="sm">
        {t('nav.actionPlans')}
      </Anchor>
      <Anchor size="sm" c="dimmed" underline="never" component="span">
        {t('actionPlans.detailBreadcrumb')}
      </Anchor>
    </Breadcrumbs>
  );
  if (plan.isPending) return <Stack aria-busy="true">{crumbs}<Skeleton h={36} w="50%" /><Skeleton h={240} /></Stack>;
  if (plan.isError || !p) {
    return (
      <>
        <PageHeader above={crumbs} title={t('actionPlans.detailBreadcrumb')} />
        <ErrorAlert error={plan.error} title={t('errors.loadFailed')} onRetry={() => void plan.refetch()} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        above={crumbs}
        title={p.title}
        lead={
          <span>
            {[
              p.eventTitle,
              p.signingDate ? longDate(p.signingDate, lang) : null,
              `${p.points.length} butir`,
              p.templateName,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button variant="default" leftSection={<IconQrcode size={16} />} onClick={() => setSigning(true)}>
              {t('actionPlans.markSigned')}
            </Button>
            <Button leftSection={<IconPrinter size={16} />} onClick={() => setPrinting(true)} disabled={p.counts.total === 0}>
              {t('actionPlans.printAll')}
            </Button>
          </>
        }
      />
      {p.locked && (
        <Alert color="gray" mb="md">
          {t('actionPlans.lockedNotice')}
        </Alert>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="board" leftSection={<IconLayoutKanban size={16} />}>
            {t('actionPlans.tabBoard')}
          </Tabs.Tab>
          <Tabs.Tab value="progress" leftSection={<IconChartBar size={16} />}>
            {t('actionPlans.tabProgress')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board">
          <BoardPanel planId={p.id} />
        </Tabs.Panel>
        <Tabs.Panel value="progress">
          <Stack gap="md">
            <Group justify="flex-end">
              <DocumentActions label={t('actionPlans.printMonitoring')} icon={IconReport} generate={() => monitoring.mutateAsync({ planId: p.id })} />
            </Group>
            <ProgressPanel planId={p.id} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
      {p.notes && (
        <Text size="sm" c="dimmed" mt="lg">
          {p.notes}
        </Text>
      )}
      <ActionPlanFormDrawer opened={editing} plan={p} onClose={() => setEditing(false)} />
      <BatchPrintModal planId={p.id} opened={printing} onClose={() => setPrinting(false)} />
      <MarkSignedModal opened={signing} onClose={() => setSigning(false)} />
    </>
  );
}
