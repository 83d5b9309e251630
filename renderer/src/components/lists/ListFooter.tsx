import { Group, Select, Text } from '@mantine/core';
import { ListPager } from './ListPager';
import { PAGE_SIZES } from './useUrlParams';

interface Props {
  /** The page shown; nothing is drawn before it loads or when the list is empty. */
  data: { page: number; pageSize: number; total: number; items: readonly unknown[] } | undefined;
  /** "1–25 of 140", from the range already formatted. */
  summary: (range: { from: string; to: string; total: string }) => string;
  formatNumber?: (n: number) => string;
  onPage: (page: number) => void;
  /** The rows-per-page picker; left out where a list keeps one page size. */
  pageSize?: { id: string; label: string; value: number; onChange: (pageSize: number) => void };
}

/** Under a list: which rows are shown, rows per page, and the pages. */
export function ListFooter({ data, summary, formatNumber = String, onPage, pageSize }: Props) {
  if (!data || data.total === 0) return null;
  const first = (data.page - 1) * data.pageSize;
  return (
    <Group justify="space-between" p="md" gap="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {summary({ from: formatNumber(first + 1), to: formatNumber(first + data.items.length), total: formatNumber(data.total) })}
      </Text>
      <Group gap="md">
        {pageSize && (
          <Group gap="xs">
            <Text size="sm" c="dimmed" component="label" htmlFor={pageSize.id}>
              {pageSize.label}
            </Text>
            <Select
              id={pageSize.id}
              w={80}
              size="xs"
              data={PAGE_SIZES.map(String)}
              value={String(pageSize.value)}
              onChange={(value) => pageSize.onChange(Number(value ?? 25))}
              allowDeselect={false}
            />
          </Group>
        )}
        <ListPager page={data.page} total={Math.max(1, Math.ceil(data.total / data.pageSize))} onChange={onPage} />
      </Group>
    </Group>
  );
}
