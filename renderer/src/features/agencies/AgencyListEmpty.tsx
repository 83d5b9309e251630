import { EmptyState } from '@mantine/core';
import { IconBuildingCommunity, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Nothing to list: either the register is empty or the filters match nothing. */
export function AgencyListEmpty({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      py={56}
      icon={filtered ? <IconSearchOff size={26} /> : <IconBuildingCommunity size={26} />}
      title={filtered ? t('agencies.noMatchTitle') : t('agencies.emptyTitle')}
      description={filtered ? t('agencies.noMatchText') : t('agencies.emptyText')}
    />
  );
}
