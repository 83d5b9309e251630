import { ActionIcon, Divider, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailDto } from '../../../../../shared/dto';
import { useLang } from '../../../app/i18n';
import { AttachmentList } from '../../../components/attachments/AttachmentList';
import { longDate } from '../../roster/focalDates';
import classes from '../Cases.module.css';
import type { OpenDialog } from './caseDialog';
import { DetailCard } from './DetailCard';

function Label({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={2}>
      {children}
    </Text>
  );
}

function Block({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <Label>{label}</Label>
      <Text size="sm" className={classes.prewrap} c={text ? undefined : 'dimmed'}>
        {text || '—'}
      </Text>
    </div>
  );
}

/** The complaint itself: what happened, what the reporter wants, how it is classified, its files. */
export function CaseRecordCard({ c, canWrite, open }: { c: CaseDetailDto; canWrite: boolean; open: OpenDialog }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <DetailCard
      id="case-record"
      title={t('cases.detail.recordTitle')}
      action={
        canWrite && (
          <Tooltip label={t('cases.detail.editCase')}>
            <ActionIcon variant="subtle" aria-label={t('cases.detail.editCase')} onClick={() => open({ kind: 'editCase' })}>
              <IconPencil size={17} />
            </ActionIcon>
          </Tooltip>
        )
      }
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md" verticalSpacing="sm">
          <Block label={t('cases.fields.subject')} text={c.subjectName} />
          <Block label={t('cases.fields.maladministration')} text={c.maladministrationNames.join(', ')} />
          <Block label={t('cases.fields.receivedOn')} text={longDate(c.receivedOn, lang)} />
          <Block label={t('cases.fields.channel')} text={c.channelName} />
          <Block label={t('cases.fields.track')} text={c.trackName} />
          <Block label={t('cases.fields.assignedStaff')} text={c.assignedStaff} />
          {c.simpelNumber && <Block label={t('cases.fields.simpelNumber')} text={c.simpelNumber} />}
        </SimpleGrid>
        <Divider />
        <Block label={t('cases.fields.summary')} text={c.summary} />
        <Block label={t('cases.fields.chronology')} text={c.chronology} />
        {c.expectedOutcome && <Block label={t('cases.fields.expectedOutcome')} text={c.expectedOutcome} />}
        <Divider label={t('cases.detail.caseFiles')} labelPosition="left" />
        <AttachmentList entity="case" entityId={c.id} readOnly={!canWrite} />
      </Stack>
    </DetailCard>
  );
}
