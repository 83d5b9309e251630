import { ActionIcon, Group, Menu, Button, MultiSelect, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconChevronDown, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAgencyGroups, useAgencyOptionList, useAgencyRegions } from '../../api/agencies';
import { useEvent } from '../../api/events';
import { useAgencyOptions } from '../mou/useAgencyOptions';
import type { PlanFormValues } from './planFormValues';

/**
 * Participating agencies in their print order: pick one by one, or add a whole group, a region
 * or the agencies invited to the signing event; move up and down; remove.
 */
export function AgencyOrderEditor({ form, eventId }: { form: UseFormReturnType<PlanFormValues>; eventId: string }) {
  const { t } = useTranslation();
  const ids = form.values.agencyIds;
  const options = useAgencyOptions(ids);
  const all = useAgencyOptionList();
  const groups = useAgencyGroups();
  const regions = useAgencyRegions();
  const event = useEvent(eventId);
  const label = (id: string) => options.options.find((o) => o.value === id)?.label ?? id;
  const add = (more: string[]) => form.setFieldValue('agencyIds', [...ids, ...more.filter((id) => !ids.includes(id))]);
  const move = (from: number, to: number) => {
    const next = [...ids];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    form.setFieldValue('agencyIds', next);
  };
  const active = (all.data ?? []).filter((a) => a.active);
  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end">
        <MultiSelect
          label={t('actionPlans.fields.agencyIds')}
          description={t('actionPlans.help.agencies')}
          data={options.options}
          value={[]}
          onChange={(v) => add(v)}
          searchable
          hidePickedOptions
          openOnFocus={false}
          nothingFoundMessage="—"
          placeholder="+"
          flex={1}
          error={form.getInputProps('agencyIds').error}
        />
        <Menu withinPortal position="bottom-end">
          <Menu.Target>
            <Button variant="default" rightSection={<IconChevronDown size={14} />}>
              {t('actionPlans.addByGroup')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }}>
            {(groups.data ?? []).filter((g) => g.active).map((g) => (
              <Menu.Item key={g.id} onClick={() => add(active.filter((a) => a.groupId === g.id).map((a) => a.id))}>
                {g.name} ({g.agencyCount})
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Menu withinPortal position="bottom-end">
          <Menu.Target>
            <Button variant="default" rightSection={<IconChevronDown size={14} />}>
              {t('actionPlans.addByRegion')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }}>
            {(regions.data ?? []).map((r) => (
              <Menu.Item key={r} onClick={() => add(active.filter((a) => a.region === r).map((a) => a.id))}>
                {r}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        {eventId && event.data && (
          <Button variant="default" onClick={() => add(event.data.invitations.filter((i) => i.agencyActive).map((i) => i.agencyId))}>
            {t('actionPlans.addFromEvent')}
          </Button>
        )}
      </Group>
      <Stack gap={2} data-agency-order>
        {ids.map((id, i) => (
          <Group key={id} gap="xs" wrap="nowrap" justify="space-between">
            <Text size="sm">
              {i + 1}. {label(id)}
            </Text>
            <Group gap={2} wrap="nowrap">
              <ActionIcon variant="subtle" size="sm" aria-label={`${t('actionPlans.moveUp')} ${label(id)}`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                <IconArrowUp size={14} />
              </ActionIcon>
              <ActionIcon variant="subtle" size="sm" aria-label={`${t('actionPlans.moveDown')} ${label(id)}`} disabled={i === ids.length - 1} onClick={() => move(i, i + 1)}>
                <IconArrowDown size={14} />
              </ActionIcon>
              <ActionIcon variant="subtle" size="sm" color="red" aria-label={t('actionPlans.removeAgency', { name: label(id) })} onClick={() => form.setFieldValue('agencyIds', ids.filter((x) => x !== id))}>
                <IconX size={14} />
              </ActionIcon>
            </Group>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
