import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditFacetsDto } from '../../../../shared/dto';
import type { AuditListParams } from './useAuditListParams';

interface Props {
  params: AuditListParams;
  update: (patch: Partial<AuditListParams>) => void;
  facets: AuditFacetsDto | undefined;
  filtered: boolean;
  reset: () => void;
}

/** Who, what kind of record (and which one), which request, what action, between which dates. */
export function AuditFilters({ params, update, facets, filtered, reset }: Props) {
  const { t } = useTranslation();
  const pick = (key: keyof AuditListParams, label: string, data: Array<string | { value: string; label: string }>, w = 200) => (
    <Select
      label={label}
      placeholder={t('audit.all')}
      data={data}
      value={params[key] as string | null}
      onChange={(value) => update({ [key]: value, page: 1 })}
      clearable
      searchable
      nothingFoundMessage="—"
      w={w}
    />
  );
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="md">
      {pick('actorId', t('audit.filterUser'), (facets?.actors ?? []).map((a) => ({ value: a.id, label: a.name })), 220)}
      {pick('entity', t('audit.filterEntity'), facets?.entities ?? [], 180)}
      {pick('action', t('audit.filterAction'), facets?.actions ?? [], 170)}
      {pick('channel', t('audit.filterChannel'), facets?.channels ?? [], 210)}
      <TextInput label={t('audit.filterEntityId')} value={params.entityId} onChange={(e) => update({ entityId: e.currentTarget.value, page: 1 })} w={200} />
      <TextInput type="date" label={t('audit.from')} value={params.from ?? ''} onChange={(e) => update({ from: e.currentTarget.value || null, page: 1 })} w={160} />
      <TextInput type="date" label={t('audit.to')} value={params.to ?? ''} onChange={(e) => update({ to: e.currentTarget.value || null, page: 1 })} w={160} />
      {filtered && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={reset}>
          {t('audit.resetFilters')}
        </Button>
      )}
    </Group>
  );
}
