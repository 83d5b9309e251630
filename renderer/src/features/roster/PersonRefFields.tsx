import { Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, type ComboboxItem, type ComboboxItemGroup } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocalPersonDto } from '../../../../shared/dto';
import { usePersonSearch } from '../../api/persons';
import type { PersonMode, PersonRefValues } from './personRefValues';

interface Props {
  /** The label of the whole reference, e.g. "Pengganti". */
  label: string;
  value: PersonRefValues;
  /** Input props for a path inside the reference: "personId", "newPerson.nip", ... */
  inputProps: (path: string) => GetInputPropsReturnType;
  setMode: (mode: PersonMode) => void;
  setPersonId: (id: string) => void;
  /** People offered first (the agency's current backups). */
  suggested?: FocalPersonDto[];
  /** People who cannot be chosen (the one being replaced). */
  exclude?: string[];
  /** An error about the reference as a whole (e.g. "Pengganti harus orang yang berbeda"). */
  error?: string;
}

/** Pick someone already in the roster (searched on the server) or enter a new person. */
export function PersonRefFields({ label, value, inputProps, setMode, setPersonId, suggested = [], exclude = [], error }: Props) {
  const { t } = useTranslation();
  const modeLabelId = useId();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const found = usePersonSearch(debounced, value.mode === 'existing');
  // The chosen person stays listed whatever is typed next.
  const [picked, setPicked] = useState<FocalPersonDto | null>(null);

  const known = new Map<string, FocalPersonDto & { activeAssignments?: number }>();
  const groups: Array<ComboboxItemGroup<ComboboxItem>> = [];
  const add = (group: string, people: Array<FocalPersonDto & { activeAssignments?: number }>) => {
    const items = people.filter((p) => !exclude.includes(p.id) && !known.has(p.id));
    for (const p of items) known.set(p.id, p);
    if (items.length) groups.push({ group, items: items.map((p) => ({ value: p.id, label: p.name })) });
  };
  const term = debounced.trim().toLowerCase();
  add(t('focal.suggested'), suggested.filter((p) => !term || p.name.toLowerCase().includes(term)));
  add(t('focal.allPeople'), found.data?.items ?? []);
  if (picked && !known.has(picked.id)) add(t('focal.chosen'), [picked]);

  const idProps = inputProps('personId');
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Text size="sm" fw={600} id={modeLabelId}>
          {label}
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby={modeLabelId}
          value={value.mode}
          onChange={(m) => setMode(m as PersonMode)}
          data={[
            { value: 'existing', label: t('focal.modeExisting') },
            { value: 'new', label: t('focal.modeNew') },
          ]}
        />
      </Group>
      {value.mode === 'existing' ? (
        <Select
          {...idProps}
          label={t('focal.person')}
          placeholder={t('focal.personSearch')}
          leftSection={<IconSearch size={16} />}
          withAsterisk
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          // The server already filtered by name, NIP and number.
          filter={({ options }) => options}
          data={groups}
          value={value.personId || null}
          onChange={(id) => {
            setPersonId(id ?? '');
            setPicked(id ? (known.get(id) ?? null) : null);
          }}
          nothingFoundMessage={found.isFetching ? t('common.loading') : t('focal.noPersonFound')}
          renderOption={({ option }) => {
            const p = known.get(option.value);
            const detail = [p?.position, p?.activeAssignments ? t('focal.servesCount', { count: p.activeAssignments }) : ''].filter(Boolean).join(' · ');
            return (
              <div>
                <Text size="sm">{option.label}</Text>
                {detail && (
                  <Text size="xs" c="dimmed">
                    {detail}
                  </Text>
                )}
              </div>
            );
          }}
          // Nothing picked makes the whole reference invalid; say what to do about it.
          error={idProps.error ?? (error && !value.personId ? t('focal.pickPerson') : error)}
          clearable
        />
      ) : (
        <Stack gap="sm">
          <TextInput label={t('persons.fields.name')} withAsterisk {...inputProps('newPerson.name')} />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label={t('persons.fields.position')} {...inputProps('newPerson.position')} />
            <TextInput label={t('persons.fields.unit')} {...inputProps('newPerson.unit')} />
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label={t('persons.fields.phone')} type="tel" {...inputProps('newPerson.phone')} />
            <TextInput label={t('persons.fields.whatsapp')} type="tel" placeholder={t('persons.whatsappPlaceholder')} {...inputProps('newPerson.whatsapp')} />
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label={t('persons.fields.nip')} inputMode="numeric" placeholder={t('persons.nipPlaceholder')} {...inputProps('newPerson.nip')} />
            <TextInput label={t('persons.fields.email')} type="email" {...inputProps('newPerson.email')} />
          </SimpleGrid>
          {error && (
            <Text size="xs" c="red" role="alert">
              {error}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
