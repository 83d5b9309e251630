import { Alert, Button, FileButton, Group, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPhotoScan, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/dates';
import type { CodeMatchDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { findCommitmentByCode, useMoveCommitment } from '../../api/actionPlans';
import { useAttachments } from '../../api/attachments';
import { AttachmentList } from '../../components/attachments/AttachmentList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { CommitmentStatusBadge } from './CommitmentBadges';
import { readQrFromImage } from './readQrFromImage';

/**
 * After the ceremony: type the code from a signed sheet (or let a hand scanner type it, or
 * read it from a scanned image), check the match, record the signing date and file the scan.
 */
export function MarkSignedModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [finding, setFinding] = useState(false);
  const [match, setMatch] = useState<CodeMatchDto | null>(null);
  const reset = () => {
    setCode('');
    setError(null);
    setMatch(null);
  };
  const find = async (value = code) => {
    setFinding(true);
    setError(null);
    try {
      setMatch(await findCommitmentByCode(value));
    } catch (e) {
      setMatch(null);
      setError(isApiError(e) ? (e.fields.code?.message ?? e.message) : t('errors.unexpected'));
    } finally {
      setFinding(false);
    }
  };
  const fromImage = async (file: File | null) => {
    if (!file) return;
    const text = await readQrFromImage(file).catch(() => null);
    if (!text) return setError(t('actionPlans.codeImageFailed'));
    setCode(text);
    await find(text);
  };
  return (
    <Modal
      opened={opened}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t('actionPlans.codeTitle')}
      size={760}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void find();
          }}
        >
          <Group align="flex-start" gap="xs">
            <TextInput
              label={t('actionPlans.codeLabel')}
              placeholder={t('actionPlans.codePlaceholder')}
              description={t('actionPlans.codeHelp')}
              inputWrapperOrder={['label', 'input', 'error', 'description']}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={error}
              flex={1}
              data-autofocus
              autoComplete="off"
              styles={{ input: { fontFamily: 'monospace', letterSpacing: 1 } }}
            />
            <Button type="submit" mt={25} leftSection={<IconSearch size={16} />} loading={finding}>
              {t('actionPlans.codeFind')}
            </Button>
            <FileButton onChange={(f) => void fromImage(f)} accept="image/png,image/jpeg">
              {(props) => (
                <Button {...props} mt={25} variant="default" leftSection={<IconPhotoScan size={16} />}>
                  {t('actionPlans.codeFromImage')}
                </Button>
              )}
            </FileButton>
          </Group>
        </form>
        {match && <MatchPanel key={match.commitment.id + match.commitment.updatedAt} match={match} onMoved={setMatch} onNext={reset} />}
      </Stack>
    </Modal>
  );
}

function MatchPanel({ match, onMoved, onNext }: { match: CodeMatchDto; onMoved: (m: CodeMatchDto) => void; onNext: () => void }) {
  const { t } = useTranslation();
  const c = match.commitment;
  const move = useMoveCommitment();
  const files = useAttachments('commitment', c.id);
  const [date, setDate] = useState(todayIso());
  const run = async (to: 'ditandatangani' | 'diarsipkan') => {
    try {
      const moved = await move.mutateAsync({ id: c.id, to, date, expectedUpdatedAt: c.updatedAt });
      notifySuccess(t('actionPlans.moved', { status: t(`actionPlans.status.${to}`) }), c.agencyName);
      onMoved({ ...match, commitment: moved });
    } catch {
      // shown below
    }
  };
  const dateError = isApiError(move.error) ? move.error.fields.date?.message : undefined;
  return (
    <Paper p="md" withBorder data-match={c.agencyShortName || c.agencyName}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="xs" c="dimmed">
              {t('actionPlans.codeFound')} · {match.planTitle}
            </Text>
            <Text fw={700}>{c.agencyName}</Text>
            <Text size="sm">{[c.signatory.name, c.signatory.position].filter(Boolean).join(', ')}</Text>
          </div>
          <CommitmentStatusBadge status={c.status} />
        </Group>
        {!match.current && <Alert color="orange">{t('actionPlans.codeOld')}</Alert>}
        {move.isError && !dateError && <ErrorAlert error={move.error} title={t('errors.saveFailed')} />}
        {c.status === 'dicetak' && (
          <Group align="flex-end" gap="sm">
            <TextInput type="date" label={t('actionPlans.signedOnLabel')} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={dateError} />
            <Button onClick={() => void run('ditandatangani')} loading={move.isPending}>
              {t('actionPlans.confirmSigned')}
            </Button>
          </Group>
        )}
        {(c.status === 'ditandatangani' || c.status === 'diarsipkan') && (
          <>
            <Text size="sm" fw={600}>
              {t('actionPlans.scanSection')}
            </Text>
            <AttachmentList entity="commitment" entityId={c.id} />
            {c.status === 'ditandatangani' && (
              <Group>
                <Button color="green" onClick={() => void run('diarsipkan')} loading={move.isPending} disabled={(files.data?.length ?? 0) === 0}>
                  {t('actionPlans.signedAndArchive')}
                </Button>
              </Group>
            )}
          </>
        )}
        {(c.status === 'draft' || c.status === 'menolak') && <Text size="sm">{t('actionPlans.alreadySigned', { status: t(`actionPlans.status.${c.status}`).toLowerCase() })}</Text>}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onNext}>
            {t('actionPlans.another')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
