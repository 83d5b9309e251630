import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconChecks, IconInfoCircle, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyDto, AssignmentDto, FocalRole } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useAgencyFocalHistory, useConfirmAssignments } from '../../api/roster';
import { useSettings } from '../../api/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifyError, notifySuccess } from '../../components/notify';
import { AssignFocalModal } from './AssignFocalModal';
import { CorrectAssignmentModal } from './CorrectAssignmentModal';
import { CurrentFocalPoints } from './CurrentFocalPoints';
import { EndAssignmentModal } from './EndAssignmentModal';
import { FocalAsOfLookup } from './FocalAsOfLookup';
import { FocalTimeline } from './FocalTimeline';
import { RotateFocalModal } from './RotateFocalModal';

type Dialog =
  | { kind: 'rotate' }
  | { kind: 'assign'; role: FocalRole }
  | { kind: 'end'; assignment: AssignmentDto }
  | { kind: 'correct'; assignment: AssignmentDto };

/** The agency's focal points: who serves now (with every action on them) and the full history. */
export function AgencyFocalSection({ agency }: { agency: AgencyDto }) {
  const { t } = useTranslation();
  const history = useAgencyFocalHistory(agency.id);
  const settings = useSettings();
  const confirm = useConfirmAssignments();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const items = history.data ?? [];
  const primary = items.find((a) => a.current && a.role === 'utama') ?? null;
  const backups = items.filter((a) => a.current && a.role === 'cadangan');
  const serving = [primary, ...backups].filter((a): a is AssignmentDto => a !== null);
  const editable = agency.active;

  const confirmAll = async () => {
    try {
      await confirm.mutateAsync(serving.map((a) => a.id));
      notifySuccess(t('focal.confirmed'), t('focal.confirmedText', { count: serving.length }));
    } catch (error) {
      if (isApiError(error) && error.code === 'CONFLICT') notifyError(t('roster.confirmNothingTitle'), t('focal.confirmNothing'));
      else notifyError(t('errors.saveFailed'), isApiError(error) ? error.message : t('errors.unexpected'));
    }
  };

  const actions = editable && history.isSuccess && (
    <Group gap="xs">
      {serving.length > 0 && (
        <Button variant="default" size="xs" leftSection={<IconChecks size={15} />} onClick={() => void confirmAll()} loading={confirm.isPending}>
          {t('focal.confirm')}
        </Button>
      )}
      <Button variant="default" size="xs" leftSection={<IconUserPlus size={15} />} onClick={() => setDialog({ kind: 'assign', role: 'cadangan' })}>
        {t('focal.addBackup')}
      </Button>
      {primary ? (
        <Button size="xs" leftSection={<IconArrowsExchange size={15} />} onClick={() => setDialog({ kind: 'rotate' })}>
          {t('focal.rotate')}
        </Button>
      ) : (
        <Button size="xs" leftSection={<IconUserPlus size={15} />} onClick={() => setDialog({ kind: 'assign', role: 'utama' })}>
          {t('focal.assign')}
        </Button>
      )}
    </Group>
  );

  return (
    <>
      <Paper p="lg" component="section" aria-labelledby="agency-focal">
        <Group justify="space-between" align="center" mb="md" gap="sm">
          <Title order={2} fz="md" id="agency-focal">
            {t('agencies.focalHeading')}
          </Title>
          {actions}
        </Group>
        {!editable && (
          <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} mb="md" p="sm">
            {t('focal.inactiveAgency')}
          </Alert>
        )}
        {history.isPending && <Skeleton h={120} radius="md" />}
        {history.isError && <ErrorAlert error={history.error} title={t('errors.loadFailed')} onRetry={() => void history.refetch()} retrying={history.isFetching} />}
        {history.isSuccess && (
          <CurrentFocalPoints
            primary={primary}
            backups={backups}
            staleAfterMonths={settings.data?.staleAfterMonths ?? 6}
            onEnd={editable ? (assignment) => setDialog({ kind: 'end', assignment }) : null}
          />
        )}
      </Paper>

      <Paper p="lg" component="section" aria-labelledby="agency-focal-history">
        <Title order={2} fz="md" mb="md" id="agency-focal-history">
          {t('focal.historyHeading')}
        </Title>
        <Stack gap="lg">
          <FocalAsOfLookup agencyId={agency.id} />
          {history.isSuccess &&
            (items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('focal.noHistory')}
              </Text>
            ) : (
              <FocalTimeline
                items={items}
                onCorrect={(assignment) => setDialog({ kind: 'correct', assignment })}
                onEnd={editable ? (assignment) => setDialog({ kind: 'end', assignment }) : null}
              />
            ))}
        </Stack>
      </Paper>

      {primary && (
        <RotateFocalModal opened={dialog?.kind === 'rotate'} agencyId={agency.id} agencyName={agency.name} current={primary} backups={backups} onClose={close} />
      )}
      <AssignFocalModal role={dialog?.kind === 'assign' ? dialog.role : null} agencyId={agency.id} serving={serving.map((a) => a.person.id)} onClose={close} />
      <EndAssignmentModal assignment={dialog?.kind === 'end' ? dialog.assignment : null} onClose={close} />
      <CorrectAssignmentModal assignment={dialog?.kind === 'correct' ? dialog.assignment : null} onClose={close} />
    </>
  );
}
