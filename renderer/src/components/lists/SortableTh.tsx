import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import tableClasses from './ListTable.module.css';

/** The header styles (classes th and sortButton); a table with its own stylesheet (MoUs, assistance) passes it. */
type HeaderClasses = Readonly<Record<string, string>>;

interface Props<F extends string> {
  field: F;
  label: string;
  sortBy: F;
  sortDir: 'asc' | 'desc';
  onSort: (field: F) => void;
  width?: number | string;
  classes?: HeaderClasses;
}

/** A column header that sorts a list (register, roster, cases, MoUs); announces its state through aria-sort. */
export function SortableTh<F extends string>({ field, label, sortBy, sortDir, onSort, width, classes = tableClasses }: Props<F>) {
  const { t } = useTranslation();
  const active = sortBy === field;
  const Icon = active ? (sortDir === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
  return (
    <Table.Th w={width} aria-sort={active ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none'} className={classes.th}>
      <UnstyledButton onClick={() => onSort(field)} className={classes.sortButton} data-active={active || undefined} title={t('agencies.sortBy', { column: label })}>
        <Group gap={4} wrap="nowrap" justify="space-between">
          <Text fw={600} size="sm" component="span">
            {label}
          </Text>
          <Icon size={14} stroke={1.8} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** A column header that does not sort, styled like the sortable ones. */
export function Th({ label, width, classes = tableClasses }: { label: string; width?: number | string; classes?: HeaderClasses }) {
  return (
    <Table.Th w={width} className={classes.th}>
      <Text fw={600} size="sm" component="span">
        {label}
      </Text>
    </Table.Th>
  );
}
