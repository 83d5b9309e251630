import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventDetailDto, EventDto } from '../../../../shared/dto';
import classes from '../../components/forms/FormDrawer.module.css';
import { EventForm } from './EventForm';

interface Props {
  opened: boolean;
  event?: EventDto;
  onClose: () => void;
  onSaved?: (saved: EventDetailDto) => void;
}

export function EventFormDrawer({ opened, event, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={event ? t('events.editTitle') : t('events.createTitle')}
      size={640}
      classNames={{ body: classes.body, content: classes.content, title: classes.title }}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <EventForm
        key={event?.id ?? 'new'}
        event={event}
        onCancel={onClose}
        onDone={(saved) => {
          onClose();
          onSaved?.(saved);
        }}
      />
    </Drawer>
  );
}
