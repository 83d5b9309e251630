import { Drawer } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MouDto } from '../../../../shared/dto';
import classes from '../agencies/AgencyFormDrawer.module.css';
import { MouForm } from './MouForm';

interface Props {
  opened: boolean;
  mou?: MouDto;
  agencyId?: string;
  onClose: () => void;
}

/**
 * Add or edit an MoU. After adding, the drawer stays open on the new MoU so its scanned
 * document can be attached right away.
 */
export function MouFormDrawer({ opened, mou, agencyId, onClose }: Props) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<MouDto | null>(null);
  const current = mou ?? created ?? undefined;
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Drawer
      opened={opened}
      onClose={close}
      title={current ? t('mou.editTitle') : t('mou.createTitle')}
      size={680}
      classNames={{ body: classes.body, content: classes.content, title: classes.title }}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <MouForm
        key={current?.id ?? 'new'}
        mou={current}
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
