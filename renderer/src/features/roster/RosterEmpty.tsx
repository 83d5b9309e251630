import { EmptyState } from '@mantine/core';
import { IconAddressBook, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Nothing to list: no agency yet, or the filters match nothing. */
export function RosterEmpty({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      py={56}
      icon={filtered ? <IconSearchOff size={26} /> : <IconAddressBook size={26} />}
      title={filtered ? t('roster.noMatchTitle') : t('roster.emptyTitle')}
      description={filtered ? t('roster.noMatchText') : t('roster.emptyText')}
    />
  );
}
