import { Button, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState, type ChangeEvent } from 'react';

export interface SearchDraft {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** Empties the box (with "Hapus filter"); the list's own reset clears the committed search. */
  clear: () => void;
}

/**
 * The text of a list's search box: shown as typed, committed (trimmed) to the list after a
 * pause in typing. With followAddress the box also takes up a search changed elsewhere
 * (back button, "Hapus filter", a link).
 */
export function useSearchDraft(search: string, commit: (search: string) => void, followAddress = false): SearchDraft {
  const [value, setValue] = useState(search);
  const [committed, setCommitted] = useState(search);
  if (followAddress && search !== committed) {
    setCommitted(search);
    if (search !== value.trim()) setValue(search);
  }
  const commitLater = useDebouncedCallback((text: string) => commit(text.trim()), 300);
  return {
    value,
    onChange: (event) => {
      setValue(event.currentTarget.value);
      commitLater(event.currentTarget.value);
    },
    clear: () => setValue(''),
  };
}

interface SearchFilterProps {
  label: string;
  placeholder: string;
  w: number;
  draft: SearchDraft;
}

/** The search box at the head of a list's filters. */
export function SearchFilter({ label, placeholder, w, draft }: SearchFilterProps) {
  return <TextInput label={label} placeholder={placeholder} leftSection={<IconSearch size={16} />} value={draft.value} onChange={draft.onChange} type="search" w={w} />;
}

/** "Hapus filter": shown by a list while any filter differs from its default. */
export function ResetFiltersButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="subtle" color="gray" px="xs" leftSection={<IconFilterOff size={16} />} onClick={onClick}>
      {label}
    </Button>
  );
}
