import { Button, Group, Modal, Progress, Select, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconExternalLink, IconPrinter } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchOrder, BatchResultDto } from '../../../../shared/dto';
import { BATCH_ORDERS } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { actionPlanKeys, batchPrint } from '../../api/actionPlans';
import { useDeliverDocument } from '../../components/documents/useDeliverDocument';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifyError, notifySuccess } from '../../components/notify';

type Phase = { kind: 'choose' } | { kind: 'running'; done: number; total: number; saving: boolean } | { kind: 'done'; result: BatchResultDto };

/**
 * Prints every sheet of the plan into one PDF in the chosen order. The core lays the sheets out
 * a chunk per request, so the bar shows real progress; the last step stores the PDF and marks
 * the sheets "dicetak".
 */
export function BatchPrintModal({ planId, opened, onClose }: { planId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const deliver = useDeliverDocument();
  const [order, setOrder] = useState<BatchOrder>('plan');
  const [include, setInclude] = useState<'pending' | 'all'>('pending');
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [error, setError] = useState<unknown>(null);
  const job = useRef<string | null>(null);

  const close = () => {
    if (job.current) void batchPrint.cancel(job.current).catch(() => undefined);
    job.current = null;
    setPhase({ kind: 'choose' });
    setError(null);
    onClose();
  };

  const run = async () => {
    setError(null);
    try {
      let state = await batchPrint.start({ planId, order, include });
      job.current = state.jobId;
      setPhase({ kind: 'running', done: 0, total: state.total, saving: false });
      while (state.done < state.total) {
        if (job.current !== state.jobId) return; // closed meanwhile
        state = await batchPrint.next(state.jobId);
        setPhase({ kind: 'running', done: state.done, total: state.total, saving: false });
      }
      setPhase({ kind: 'running', done: state.total, total: state.total, saving: true });
      const result = await batchPrint.finish(state.jobId);
      job.current = null;
      await client.invalidateQueries({ queryKey: actionPlanKeys.all });
      notifySuccess(t('actionPlans.batchDone', { count: result.printed }), result.document.fileName);
      setPhase({ kind: 'done', result });
    } catch (e) {
      job.current = null;
      setError(e);
      setPhase({ kind: 'choose' });
    }
  };

  const save = async (mode: 'open' | 'saveAs') => {
    if (phase.kind !== 'done') return;
    try {
      await deliver(phase.result.document, mode);
    } catch (e) {
      notifyError(t('actionPlans.batchFailed'), isApiError(e) ? e.message : t('errors.unexpected'));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('actionPlans.batchTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        {error !== null && <ErrorAlert error={error} title={t('actionPlans.batchFailed')} />}
        {phase.kind === 'choose' && (
          <>
            <Select label={t('actionPlans.batchOrder')} data={BATCH_ORDERS.map((o) => ({ value: o, label: t(`actionPlans.batchOrders.${o}`) }))} value={order} onChange={(v) => setOrder((v ?? 'plan') as BatchOrder)} allowDeselect={false} />
            <Select
              label={t('actionPlans.batchInclude')}
              data={(['pending', 'all'] as const).map((o) => ({ value: o, label: t(`actionPlans.batchIncludes.${o}`) }))}
              value={include}
              onChange={(v) => setInclude((v ?? 'pending') as 'pending' | 'all')}
              allowDeselect={false}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('actionPlans.batchCancel')}
              </Button>
              <Button leftSection={<IconPrinter size={16} />} onClick={() => void run()}>
                {t('actionPlans.batchStart')}
              </Button>
            </Group>
          </>
        )}
        {phase.kind === 'running' && (
          <Stack gap="xs" aria-live="polite">
            <Progress value={(100 * phase.done) / Math.max(1, phase.total)} animated striped size="lg" aria-label={t('actionPlans.batchProgress', { done: phase.done, total: phase.total })} />
            <Text size="sm">{phase.saving ? t('actionPlans.batchSaving') : t('actionPlans.batchProgress', { done: phase.done, total: phase.total })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={phase.saving}>
                {t('actionPlans.batchCancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {phase.kind === 'done' && (
          <Stack gap="sm">
            <Text size="sm">{t('actionPlans.batchDone', { count: phase.result.printed })}</Text>
            <Text size="xs" c="dimmed">
              {phase.result.document.fileName}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save('saveAs')}>
                {t('actionPlans.batchSaveAs')}
              </Button>
              <Button leftSection={<IconExternalLink size={16} />} onClick={() => void save('open')}>
                {t('actionPlans.batchOpen')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Modal>
  );
}
