import { Button, Group, Modal, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/ApiError';
import { useAgencyGroups, useAgencyRegions } from '../../api/agencies';
import { useInvite } from '../../api/events';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { useAgencyOptions } from '../mou/useAgencyOptions';

/** Invite agencies one by one, or every active agency of a group or a region at once. */
export function InviteModal({ eventId, opened, onClose }: { eventId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const invite = useInvite();
  const agencies = useAgencyOptions();
  const groups = useAgencyGroups();
  const regions = useAgencyRegions();
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [region, setRegion] = useState<string | null>(null);
  const close = () => {
    setAgencyIds([]);
    setGroupId(null);
    setRegion(null);
    invite.reset();
    onClose();
  };
  const submit = async () => {
    try {
      const r = await invite.mutateAsync({ eventId, agencyIds, groupId: groupId ?? undefined, region: region ?? undefined });
      notifySuccess(t('events.invited', { added: r.added }), r.skipped ? t('events.invitedSkipped', { skipped: r.skipped }) : undefined);
      close();
    } catch {
      // shown in the dialog
    }
  };
  const fieldError = isApiError(invite.error) ? invite.error.fields.agencyIds?.message : undefined;
  return (
    <Modal opened={opened} onClose={close} title={t('events.inviteTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        {invite.isError && !fieldError && <ErrorAlert error={invite.error} title={t('errors.saveFailed')} />}
        <MultiSelect
          label={t('events.inviteAgencies')}
          data={agencies.options}
          value={agencyIds}
          onChange={setAgencyIds}
          searchable
          clearable
          hidePickedOptions
          openOnFocus={false}
          nothingFoundMessage="—"
          error={fieldError}
          data-autofocus
        />
        <Group grow>
          <Select
            label={t('events.inviteGroup')}
            data={(groups.data ?? []).filter((g) => g.active).map((g) => ({ value: g.id, label: `${g.name} (${g.agencyCount})` }))}
            value={groupId}
            onChange={setGroupId}
            clearable
          />
          <Select label={t('events.inviteRegion')} data={regions.data ?? []} value={region} onChange={setRegion} clearable searchable />
        </Group>
        <Text size="xs" c="dimmed">
          {t('events.inviteHint')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={invite.isPending}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={invite.isPending} disabled={agencyIds.length === 0 && !groupId && !region}>
            {t('events.inviteSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
