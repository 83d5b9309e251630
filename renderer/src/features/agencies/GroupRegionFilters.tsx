import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgencyGroups, useAgencyRegions } from '../../api/agencies';

interface Props {
  params: { groupId: string | null; region: string | null };
  update: (patch: { groupId?: string | null; region?: string | null; page?: number }) => void;
  widths: { group: number; region: number };
}

/** The agency group and area filters of lists of agencies (register, roster). */
export function GroupRegionFilters({ params, update, widths }: Props) {
  const { t } = useTranslation();
  const groups = useAgencyGroups();
  const regions = useAgencyRegions();
  const groupData = (groups.data ?? []).map((g) => ({ value: g.id, label: g.active ? g.name : `${g.name} (${t('common.inactive').toLowerCase()})` }));
  return (
    <>
      <Select
        label={t('agencies.filterGroup')}
        placeholder={t('agencies.allGroups')}
        data={groupData}
        value={params.groupId}
        onChange={(value) => update({ groupId: value, page: 1 })}
        clearable
        searchable
        w={widths.group}
        error={groups.isError ? t('errors.loadFailed') : undefined}
        disabled={groups.isPending}
      />
      <Select
        label={t('agencies.filterRegion')}
        placeholder={t('agencies.allRegions')}
        data={regions.data ?? []}
        value={params.region}
        onChange={(value) => update({ region: value, page: 1 })}
        clearable
        searchable
        w={widths.region}
        nothingFoundMessage="—"
        error={regions.isError ? t('errors.loadFailed') : undefined}
        disabled={regions.isPending}
      />
    </>
  );
}
