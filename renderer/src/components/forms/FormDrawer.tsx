import { Drawer } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
// The drawer styles also serve the action-plan and event drawers, which import them from there.
import classes from './FormDrawer.module.css';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  size: number;
  children: ReactNode;
}

/** The side drawer a record's add/edit form opens in; its form scrolls between title and footer. */
export function FormDrawer({ opened, onClose, title, size, children }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      classNames={{ body: classes.body, content: classes.content, title: classes.title }}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {children}
    </Drawer>
  );
}

/**
 * A drawer that stays open on a record it has just added (e.g. so files can be attached to
 * it): the record shown is the one given for editing, else the one just created.
 */
export function useStayOpenAfterCreate<T>(record: T | undefined, onClose: () => void) {
  const [created, setCreated] = useState<T | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return {
    current: record ?? created ?? undefined,
    close,
    onDone: (saved: T, isNew: boolean) => {
      if (isNew) setCreated(saved);
      else close();
    },
  };
}
