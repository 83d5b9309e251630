import { ActionIcon, Button, Group, Modal, NumberInput, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventTypeDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useEventTypes, useSaveEventType } from '../../api/events';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';

/** Event types are master data: rename, reorder, retire, add. */
export function EventTypesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const types = useEventTypes();
  return (
    <Modal opened={opened} onClose={onClose} title={t('events.typesTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('events.typesHint')}
        </Text>
        {types.isError && <ErrorAlert error={types.error} title={t('errors.loadFailed')} />}
        {types.data?.map((x) => <TypeRow key={x.id} type={x} />)}
        <TypeRow key="new" />
      </Stack>
    </Modal>
  );
}

function TypeRow({ type }: { type?: EventTypeDto }) {
  const { t } = useTranslation();
  const save = useSaveEventType();
  const [name, setName] = useState(type?.name ?? '');
  const [sortOrder, setSortOrder] = useState<number>(type?.sortOrder ?? 100);
  const [active, setActive] = useState(type?.active ?? true);
  const dirty = !type || name !== type.name || sortOrder !== type.sortOrder || active !== type.active;
  const error = isApiError(save.error) ? (save.error.fields.name?.message ?? save.error.message) : undefined;
  const submit = async () => {
    try {
      await save.mutateAsync({ id: type?.id, name, sortOrder, active });
      notifySuccess(t('events.typeSaved'), name);
      if (!type) setName('');
    } catch {
      // shown beside the name
    }
  };
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <TextInput
        aria-label={t('events.typeName')}
        placeholder={type ? undefined : t('events.typeAdd')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={error}
        flex={1}
        description={type ? t('events.typeCount', { count: type.eventCount }) : undefined}
        inputWrapperOrder={['label', 'input', 'error', 'description']}
      />
      <NumberInput aria-label={t('events.typeOrder')} value={sortOrder} onChange={(v) => setSortOrder(Number(v) || 0)} w={80} min={0} max={10000} />
      <Switch aria-label={t('events.typeActive')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} mt={8} />
      <Tooltip label={type ? t('common.save') : t('events.typeAdd')}>
        {type ? (
          <ActionIcon variant="light" size="lg" onClick={() => void submit()} disabled={!dirty || !name.trim()} loading={save.isPending} aria-label={`${t('common.save')} ${type.name}`}>
            <IconCheck size={18} />
          </ActionIcon>
        ) : (
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => void submit()} disabled={!name.trim()} loading={save.isPending}>
            {t('events.typeAdd')}
          </Button>
        )}
      </Tooltip>
    </Group>
  );
}
