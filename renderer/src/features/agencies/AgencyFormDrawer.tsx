import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgencyDto } from '../../../../shared/dto';
import { AgencyForm } from './AgencyForm';
import classes from './AgencyFormDrawer.module.css';

interface Props {
  opened: boolean;
  /** Edit this agency; add a new one when absent. */
  agency?: AgencyDto;
  onClose: () => void;
  onSaved?: (saved: AgencyDto) => void;
}

export function AgencyFormDrawer({ opened, agency, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={agency ? t('agencies.editTitle') : t('agencies.createTitle')}
      size={600}
      classNames={{ body: classes.body, content: classes.content, title: classes.title }}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* The drawer unmounts its content when closed; the key separates agencies. */}
      <AgencyForm
          key={agency?.id ?? 'new'}
          agency={agency}
          onCancel={onClose}
          onDone={(saved) => {
            onSaved?.(saved);
            onClose();
          }}
        />
    </Drawer>
  );
}
