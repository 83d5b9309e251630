import { Badge, Button, Collapse, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CASE_DUE_FILTERS, CASE_STATE_FILTERS } from '../../../../../shared/contract/cases';
import { useAgencyGroups } from '../../../api/agencies';
import { useCaseStaffNames } from '../../../api/cases';
import { ResetFiltersButton, SearchFilter, useSearchDraft } from '../../../components/lists/SearchFilter';
import { AgencyFilterSelect } from '../../mou/AgencyFilterSelect';
import { useCaseMasterOptions } from '../useCaseMasterOptions';
import type { CaseDueFilter, CaseListParams, CaseStateFilter } from './useCaseListParams';

interface Props {
  params: CaseListParams;
  update: (patch: Partial<CaseListParams>) => void;
  filtered: boolean;
  moreCount: number;
  reset: () => void;
}

/** Search and the filters a clerk uses every day; the rarer ones open under "Filter lainnya". */
export function CaseFilters({ params, update, filtered, moreCount, reset }: Props) {
  const { t } = useTranslation();
  const [more, { toggle }] = useDisclosure(moreCount > 0);
  const master = useCaseMasterOptions([params.stageId, params.subjectId, params.maladministrationId, params.channelId, params.trackId].filter((v) => v !== null));
  const groups = useAgencyGroups();
  const staff = useCaseStaffNames();
  const search = useSearchDraft(params.search, (value) => update({ search: value, page: 1 }));
  const pick = (key: keyof CaseListParams) => (value: string | null) => update({ [key]: value, page: 1 } as Partial<CaseListParams>);
  const o = master.options;

  return (
    <Stack gap="sm" w="100%">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchFilter label={t('cases.list.searchLabel')} placeholder={t('cases.list.searchPlaceholder')} w={210} draft={search} />
        <Select
          label={t('cases.list.filterState')}
          data={CASE_STATE_FILTERS.map((s) => ({ value: s, label: t(`cases.list.state.${s}`) }))}
          value={params.state}
          onChange={(value) => update({ state: (value ?? 'open') as CaseStateFilter, page: 1 })}
          allowDeselect={false}
          w={110}
        />
        <Select label={t('cases.fields.stage')} placeholder={t('cases.list.all')} data={o.stage} value={params.stageId} onChange={pick('stageId')} clearable w={150} />
        <AgencyFilterSelect label={t('cases.fields.agency')} placeholder={t('cases.list.allAgencies')} value={params.agencyId} onChange={pick('agencyId')} w={180} disabled={false} />
        <Select
          label={t('cases.list.filterDue')}
          data={CASE_DUE_FILTERS.map((d) => ({ value: d, label: t(`cases.list.due.${d}`) }))}
          value={params.due}
          onChange={(value) => update({ due: (value ?? 'all') as CaseDueFilter, page: 1 })}
          allowDeselect={false}
          w={150}
        />
        <Button
          variant={more ? 'light' : 'default'}
          leftSection={<IconAdjustmentsHorizontal size={16} />}
          rightSection={moreCount > 0 ? <Badge size="xs" circle>{moreCount}</Badge> : undefined}
          onClick={toggle}
          aria-expanded={more}
        >
          {t('cases.list.moreFilters')}
        </Button>
        {filtered && (
          <ResetFiltersButton
            label={t('cases.list.resetFilters')}
            onClick={() => {
              search.clear();
              reset();
            }}
          />
        )}
      </Group>
      <Collapse expanded={more}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('cases.list.filterGroup')}
            placeholder={t('cases.list.all')}
            data={(groups.data ?? []).filter((g) => g.active || g.id === params.groupId).map((g) => ({ value: g.id, label: g.name }))}
            value={params.groupId}
            onChange={pick('groupId')}
            clearable
            w={190}
          />
          <Select label={t('cases.fields.subject')} placeholder={t('cases.list.all')} data={o.subject} value={params.subjectId} onChange={pick('subjectId')} clearable searchable w={190} />
          <Select
            label={t('cases.list.filterMaladministration')}
            placeholder={t('cases.list.all')}
            data={o.maladministration}
            value={params.maladministrationId}
            onChange={pick('maladministrationId')}
            clearable
            searchable
            w={210}
          />
          <Select label={t('cases.fields.channel')} placeholder={t('cases.list.all')} data={o.channel} value={params.channelId} onChange={pick('channelId')} clearable w={160} />
          <Select label={t('cases.fields.track')} placeholder={t('cases.list.all')} data={o.track} value={params.trackId} onChange={pick('trackId')} clearable w={150} />
          <Select
            label={t('cases.fields.assignedStaff')}
            placeholder={t('cases.list.all')}
            data={staff.data ?? []}
            value={params.staff}
            onChange={pick('staff')}
            clearable
            searchable
            w={180}
          />
          <TextInput type="date" label={t('cases.list.receivedFrom')} value={params.from ?? ''} onChange={(e) => pick('from')(e.currentTarget.value || null)} w={150} />
          <TextInput type="date" label={t('cases.list.receivedTo')} value={params.to ?? ''} onChange={(e) => pick('to')(e.currentTarget.value || null)} w={150} />
        </Group>
      </Collapse>
    </Stack>
  );
}
