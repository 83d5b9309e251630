import { Drawer } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssistanceDto } from '../../../../shared/dto';
import classes from '../agencies/AgencyFormDrawer.module.css';
import { AssistanceForm } from './AssistanceForm';

interface Props {
  opened: boolean;
  item?: AssistanceDto;
  agencyId?: string;
  onClose: () => void;
}

/** Record or edit a session; after recording, the drawer stays open so files can be attached. */
export function AssistanceFormDrawer({ opened, item, agencyId, onClose }: Props) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<AssistanceDto | null>(null);
  const current = item ?? created ?? undefined;
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Drawer
      opened={opened}
      onClose={close}
      title={current ? t('assistance.editTitle') : t('assistance.createTitle')}
      size={640}
      classNames={{ body: classes.body, content: classes.content, title: classes.title }}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <AssistanceForm
        key={current?.id ?? 'new'}
        item={current}
        agencyId={agencyId}
        onCancel={close}
        onDone={(saved, isNew) => {
          if (isNew) setCreated(saved);
          else close();
        }}
      />
    </Drawer>
  );
}
