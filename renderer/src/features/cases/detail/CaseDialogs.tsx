import { Drawer, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetailDto } from '../../../../../shared/dto';
import { useLastValue } from '../../roster/useLastValue';
import type { CaseDialog } from './caseDialog';
import { CancelEventForm } from './dialogs/CancelEventForm';
import { EditCaseForm } from './dialogs/EditCaseForm';
import { EditReporterForm } from './dialogs/EditReporterForm';
import { EventForm } from './dialogs/EventForm';
import { ForwardForm } from './dialogs/ForwardForm';
import { LetterForm } from './dialogs/LetterForm';
import { LinkCaseForm } from './dialogs/LinkCaseForm';
import { ReminderPanel } from './dialogs/ReminderPanel';
import { StageChangeForm } from './dialogs/StageChangeForm';

interface Props {
  c: CaseDetailDto;
  dialog: CaseDialog | null;
  onClose: () => void;
}

/** The case page's dialogs; one is open at a time, and keeps its content while it fades out. */
export function CaseDialogs({ c, dialog, onClose }: Props) {
  const { t } = useTranslation();
  const shown = useLastValue(dialog);
  const opened = dialog !== null;
  const closeLabel = { 'aria-label': t('common.close') };

  if (shown?.kind === 'editCase') {
    return (
      <Drawer opened={opened} onClose={onClose} title={t('cases.detail.editCase')} size={720} closeButtonProps={closeLabel}>
        <EditCaseForm key={c.updatedAt} c={c} focus={shown.focus} onClose={onClose} />
      </Drawer>
    );
  }

  let title = '';
  let body = null;
  let size: 'md' | 'lg' = 'md';
  switch (shown?.kind) {
    case 'stage':
      title = t('cases.stage.title');
      body = <StageChangeForm c={c} onClose={onClose} />;
      break;
    case 'forward':
      title = t('cases.forward.title');
      body = <ForwardForm c={c} onClose={onClose} />;
      break;
    case 'event':
      title = shown.event ? t('cases.events.editTitle') : t('cases.events.addTitle');
      body = <EventForm key={shown.event?.id ?? 'new'} c={c} event={shown.event} eventKind={shown.eventKind} onClose={onClose} />;
      size = 'lg';
      break;
    case 'cancelEvent':
      title = t('cases.events.cancelTitle');
      body = <CancelEventForm event={shown.event} onClose={onClose} />;
      break;
    case 'letter':
      title = t('cases.letters.title');
      body = <LetterForm c={c} letterKind={shown.letterKind} onClose={onClose} />;
      size = 'lg';
      break;
    case 'reminder':
      title = t('cases.reminder.title');
      body = <ReminderPanel agencyId={c.agencyId} onClose={onClose} />;
      size = 'lg';
      break;
    case 'link':
      title = t('cases.links.addTitle');
      body = <LinkCaseForm c={c} onClose={onClose} />;
      break;
    case 'editReporter':
      title = t('cases.detail.editReporter');
      body = <EditReporterForm c={c} onClose={onClose} />;
      size = 'lg';
      break;
  }
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} closeButtonProps={closeLabel}>
      {body}
    </Modal>
  );
}
