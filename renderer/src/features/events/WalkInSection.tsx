import { ActionIcon, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { walkInInput } from '../../../../shared/contract/events';
import type { WalkInDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useRemoveWalkIn, useSaveWalkIn } from '../../api/events';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';

/** Participants who came without an invitation of their agency (counted as participants). */
export function WalkInSection({ eventId, walkIns, readOnly }: { eventId: string; walkIns: WalkInDto[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ item?: WalkInDto } | null>(null);
  const remove = useRemoveWalkIn();
  return (
    <Paper p="lg" component="section" aria-labelledby="event-walkins">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="md" id="event-walkins">
          {t('events.walkInsHeading')} ({walkIns.length})
        </Title>
        {!readOnly && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing({})}>
            {t('events.addWalkIn')}
          </Button>
        )}
      </Group>
      {walkIns.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('events.walkInsEmpty')}
        </Text>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {walkIns.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td>{w.name}</Table.Td>
                <Table.Td c="dimmed">{w.position}</Table.Td>
                <Table.Td>{w.institution}</Table.Td>
                <Table.Td c="dimmed">{w.phone}</Table.Td>
                <Table.Td w={80}>
                  {!readOnly && (
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label={`${t('common.edit')} ${w.name}`} onClick={() => setEditing({ item: w })}>
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('events.removeAttendee', { name: w.name })}`}
                        onClick={() => void remove.mutateAsync({ id: w.id }).then(() => notifySuccess(t('events.walkInRemoved'), w.name))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('events.walkInTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {editing && <WalkInForm eventId={eventId} item={editing.item} onClose={() => setEditing(null)} />}
      </Modal>
    </Paper>
  );
}

interface WalkInValues extends Record<string, unknown> {
  name: string;
  position: string;
  institution: string;
  phone: string;
}
const FIELDS = ['name', 'position', 'institution', 'phone'];

function WalkInForm({ eventId, item, onClose }: { eventId: string; item?: WalkInDto; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveWalkIn();
  const prepare = (v: WalkInValues) => ({ eventId, ...(item ? { id: item.id } : {}), ...v });
  const { form, server, focusFirstError } = useSchemaForm<WalkInValues>(walkInInput, { name: item?.name ?? '', position: item?.position ?? '', institution: item?.institution ?? '', phone: item?.phone ?? '' }, prepare);
  const submit = async (v: WalkInValues) => {
    server.clearAll();
    try {
      await save.mutateAsync(prepare(v));
      notifySuccess(t('events.walkInSaved'), v.name);
      onClose();
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error)) focusFirstError(FIELDS, error.fields);
    }
  };
  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(FIELDS, errors))} noValidate>
      <Stack gap="sm">
        {save.isError && formAlertNeeded(save.error, FIELDS) && <ErrorAlert error={save.error} title={t('errors.saveFailed')} />}
        <TextInput label={t('events.attendeeName')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('events.attendeePosition')} {...form.getInputProps('position')} />
        <TextInput label={t('events.walkInInstitution')} {...form.getInputProps('institution')} />
        <TextInput label={t('events.attendeePhone')} {...form.getInputProps('phone')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
