import { Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseLinkInput } from '../../../../../../shared/contract/cases';
import { CASE_LINK_REASONS, type CaseDetailDto, type CaseLinkReason } from '../../../../../../shared/dto';
import { useCaseList, useLinkCases } from '../../../../api/cases';
import { useSchemaForm } from '../../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../../components/forms/schemaSubmit';
import { notifySuccess } from '../../../../components/notify';
import { DialogButtons, SaveError } from './DialogParts';

interface Values extends Record<string, unknown> {
  otherCaseId: string;
  reason: CaseLinkReason;
  note: string;
}
const FIELDS = ['otherCaseId', 'reason', 'note'];

/** Links another case (same reporter, same matter), found by its number or words of its text. */
export function LinkCaseForm({ c, onClose }: { c: CaseDetailDto; onClose: () => void }) {
  const { t } = useTranslation();
  const link = useLinkCases();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 300);
  const found = useCaseList({ search: query, state: 'all', pageSize: 20, sortBy: 'receivedOn', sortDir: 'desc' }, { enabled: query.length >= 2 });
  const linked = new Set([c.id, ...c.links.map((l) => l.otherCaseId)]);
  const options = (query.length >= 2 ? (found.data?.items ?? []) : [])
    .filter((x) => !linked.has(x.id))
    .map((x) => ({ value: x.id, label: `${x.registerNumber} · ${x.agencyShortName || x.agencyName} · ${x.summary.slice(0, 60)}` }));
  const prepare = (v: Values) => ({ caseId: c.id, otherCaseId: v.otherCaseId || (undefined as unknown as string), reason: v.reason, note: v.note });
  const sf = useSchemaForm<Values>(caseLinkInput, { otherCaseId: '', reason: 'same_matter', note: '' }, prepare);
  const { form, server } = sf;

  const submit = schemaSubmit(sf, FIELDS, async (values) => {
    await link.mutateAsync(prepare(values));
    notifySuccess(t('cases.links.added'));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveError error={link.error} fields={FIELDS} unplaced={server.unplaced(FIELDS)} />
        <Select
          label={t('cases.links.other')}
          placeholder={t('cases.links.searchPlaceholder')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={options}
          filter={({ options: o }) => o}
          nothingFoundMessage={query.length >= 2 ? t('cases.links.nothingFound') : t('cases.links.typeToSearch')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('otherCaseId')}
        />
        <Select
          label={t('cases.links.reason')}
          data={CASE_LINK_REASONS.map((r) => ({ value: r, label: t(`cases.links.reasons.${r}`) }))}
          allowDeselect={false}
          {...form.getInputProps('reason')}
        />
        <TextInput label={t('cases.links.note')} {...form.getInputProps('note')} />
        <DialogButtons onCancel={onClose} pending={link.isPending} submit={t('cases.links.submit')} />
      </Stack>
    </form>
  );
}
