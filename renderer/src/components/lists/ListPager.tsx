import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  total: number;
  onChange: (page: number) => void;
}

/** Page links of a list, named for screen readers. */
export function ListPager({ page, total, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('agencies.pagination')}>
      <Pagination
        value={page}
        total={total}
        onChange={onChange}
        size="sm"
        siblings={1}
        getItemProps={(p) => ({ 'aria-label': t('agencies.pageItem', { page: String(p) }) })}
        getControlProps={(control) => ({ 'aria-label': control === 'next' || control === 'last' ? t('agencies.pageNext') : t('agencies.pagePrevious') })}
      />
    </nav>
  );
}
