import { Alert, Button, Divider, Drawer, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_MOVES, DATED_TARGETS, isSigned, type ManualTarget } from '../../../../shared/commitmentFlow';
import { todayIso } from '../../../../shared/dates';
import type { CommitmentDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useMoveCommitment, usePrintCommitment, useUpdateCommitment } from '../../api/actionPlans';
import { useLang } from '../../app/i18n';
import { AttachmentList } from '../../components/attachments/AttachmentList';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import classes from '../../components/forms/FormDrawer.module.css';
import { shortCalendarDate } from '../mou/calendarDate';
import { useLastValue } from '../roster/useLastValue';
import { CommitmentStatusBadge } from './CommitmentBadges';

/** One agency's commitment: signatory, status with the date of each step, the signed scan. */
export function CommitmentDrawer({ commitment, onClose }: { commitment: CommitmentDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const shown = useLastValue(commitment);
  return (
    <Drawer
      opened={commitment !== null}
      onClose={onClose}
      position="right"
      size={560}
      title={shown ? t('actionPlans.commitmentTitle', { agency: shown.agencyShortName || shown.agencyName }) : ''}
      classNames={{ content: classes.content, title: classes.title }}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {shown && <CommitmentPanel key={shown.id + shown.updatedAt} c={shown} />}
    </Drawer>
  );
}

function CommitmentPanel({ c }: { c: CommitmentDto }) {
  const { t } = useTranslation();
  const lang = useLang();
  const update = useUpdateCommitment();
  const move = useMoveCommitment();
  const print = usePrintCommitment();
  const [name, setName] = useState(c.signatory.name);
  const [position, setPosition] = useState(c.signatory.position);
  const [nip, setNip] = useState(c.signatory.nip);
  const [notes, setNotes] = useState(c.notes);
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const fields = isApiError(update.error) ? update.error.fields : {};
  const moveFields = isApiError(move.error) ? move.error.fields : {};
  const targets = COMMITMENT_MOVES[c.status] as readonly ManualTarget[];

  const save = async () => {
    try {
      await update.mutateAsync({ id: c.id, expectedUpdatedAt: c.updatedAt, signatoryName: name, signatoryPosition: position, signatoryNip: nip, notes });
      notifySuccess(t('actionPlans.commitmentSaved'), c.agencyName);
    } catch {
      // shown on the fields
    }
  };
  const doMove = async (to: ManualTarget) => {
    try {
      await move.mutateAsync({ id: c.id, expectedUpdatedAt: c.updatedAt, to, date: DATED_TARGETS.includes(to) ? date : null, reason });
      notifySuccess(t('actionPlans.moved', { status: t(`actionPlans.status.${to}`) }), c.agencyName);
    } catch {
      // shown below
    }
  };
  const dates = (['printedOn', 'signedOn', 'archivedOn', 'declinedOn'] as const).filter((k) => c[k]).map((k) => t(`actionPlans.dates.${k}`, { date: shortCalendarDate(c[k], lang) }));

  return (
    <Stack gap="md" p="md">
      <Group justify="space-between">
        <CommitmentStatusBadge status={c.status} />
        <DocumentActions label={t('actionPlans.printSheet')} icon={IconPrinter} size="xs" generate={() => print.mutateAsync({ id: c.id })} />
      </Group>
      <Text size="sm" c="dimmed">
        {dates.join(' · ')}
      </Text>
      <Text size="sm" ff="monospace">
        {t('actionPlans.currentCode', { code: c.code })}
      </Text>
      {c.reprintNeeded && <Alert color="orange">{t('actionPlans.reprintNotice', { printed: c.printedCode ?? '' })}</Alert>}

      <Divider label={t('actionPlans.signatorySection')} labelPosition="left" />
      {update.isError && !Object.keys(fields).length && <ErrorAlert error={update.error} title={t('errors.saveFailed')} />}
      <Text size="xs" c="dimmed">
        {t('actionPlans.signatoryHelp')}
      </Text>
      <TextInput label={t('actionPlans.signatoryName')} value={name} onChange={(e) => setName(e.currentTarget.value)} disabled={isSigned(c.status)} error={fields.signatoryName?.message} />
      <TextInput label={t('actionPlans.signatoryPosition')} value={position} onChange={(e) => setPosition(e.currentTarget.value)} disabled={isSigned(c.status)} error={fields.signatoryPosition?.message} />
      <TextInput label={t('actionPlans.signatoryNip')} value={nip} onChange={(e) => setNip(e.currentTarget.value)} disabled={isSigned(c.status)} error={fields.signatoryNip?.message} />
      <Textarea label={t('actionPlans.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={1} maxRows={4} />
      <Group justify="flex-end">
        <Button size="xs" onClick={() => void save()} loading={update.isPending}>
          {t('actionPlans.saveSignatory')}
        </Button>
      </Group>

      <Divider label={t('actionPlans.statusSection')} labelPosition="left" />
      {move.isError && !moveFields.date && <ErrorAlert error={move.error} title={t('errors.saveFailed')} />}
      <Group align="flex-end" gap="sm">
        <TextInput type="date" label={t('actionPlans.moveDate')} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={moveFields.date?.message} />
        {targets.includes('menolak') && <TextInput label={t('actionPlans.moveReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} flex={1} />}
      </Group>
      <Group gap="xs">
        {targets.map((to) => (
          <Button key={to} size="xs" variant={to === 'menolak' || to === 'dicetak' ? 'default' : 'light'} color={to === 'menolak' ? 'red' : undefined} onClick={() => void doMove(to)} loading={move.isPending}>
            {t(`actionPlans.moves.${to}`)}
          </Button>
        ))}
      </Group>

      <Divider label={t('actionPlans.scanSection')} labelPosition="left" />
      <AttachmentList entity="commitment" entityId={c.id} />
    </Stack>
  );
}
