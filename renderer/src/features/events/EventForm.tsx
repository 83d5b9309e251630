import { Button, Divider, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventCreateInput, eventEditableFields } from '../../../../shared/contract/events';
import type { EventDetailDto, EventDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useCreateEvent, useEventTypes, useUpdateEvent } from '../../api/events';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import classes from '../agencies/AgencyForm.module.css';
import { useAgencyOptions } from '../mou/useAgencyOptions';

interface EventFormValues extends Record<string, unknown> {
  typeId: string;
  title: string;
  theme: string;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  place: string;
  description: string;
  speakers: string;
  notes: string;
  agencyIds: string[];
}

const FIELDS = ['typeId', 'title', 'theme', 'startDate', 'endDate', 'startTime', 'endTime', 'place', 'description', 'speakers', 'notes', 'agencyIds'];

function initialValues(e?: EventDto): EventFormValues {
  const f = e ? eventEditableFields(e) : null;
  return {
    typeId: f?.typeId ?? '',
    title: f?.title ?? '',
    theme: f?.theme ?? '',
    startDate: f?.startDate ?? '',
    endDate: f?.endDate ?? '',
    startTime: f?.startTime ?? '',
    endTime: f?.endTime ?? '',
    place: f?.place ?? '',
    description: f?.description ?? '',
    speakers: f?.speakers ?? '',
    notes: f?.notes ?? '',
    agencyIds: [],
  };
}

interface Props {
  event?: EventDto;
  onDone: (saved: EventDetailDto) => void;
  onCancel: () => void;
}

/** Create or edit an event; a new event may name its invited agencies right away. */
export function EventForm({ event, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const mutation = event ? update : create;
  const types = useEventTypes();
  const agencies = useAgencyOptions();
  const [loadedAt] = useState(event?.updatedAt);
  const prepare = (v: EventFormValues) => ({ ...v, typeId: v.typeId || undefined });
  const { form, server, focusFirstError } = useSchemaForm<EventFormValues>(eventCreateInput, initialValues(event), prepare);
  const typeOptions = (types.data ?? []).filter((x) => x.active || x.id === event?.typeId).map((x) => ({ value: x.id, label: x.name }));

  const submit = form.onSubmit(
    async (values) => {
      server.clearAll();
      try {
        const { agencyIds: _agencyIds, ...fields } = values;
        const saved = event ? await update.mutateAsync({ id: event.id, expectedUpdatedAt: loadedAt, ...fields }) : await create.mutateAsync(values);
        notifySuccess(event ? t('events.updated') : t('events.created'), saved.event.title);
        onDone(saved);
      } catch (error) {
        server.setFrom(error);
        if (isApiError(error)) focusFirstError(FIELDS, error.fields);
      }
    },
    (errors) => focusFirstError(FIELDS, errors),
  );

  return (
    <form onSubmit={submit} noValidate className={classes.form}>
      <div className={classes.body}>
        <Stack gap="md">
          {mutation.isError && formAlertNeeded(mutation.error, FIELDS) && <ErrorAlert error={mutation.error} title={t('errors.saveFailed')} extraFields={server.unplaced(FIELDS)} />}
          <Divider label={t('events.sectionWhat')} labelPosition="left" />
          <Select label={t('events.fields.typeId')} data={typeOptions} withAsterisk allowDeselect={false} {...form.getInputProps('typeId')} />
          <TextInput label={t('events.fields.title')} placeholder={t('events.placeholders.title')} withAsterisk data-autofocus {...form.getInputProps('title')} />
          <TextInput label={t('events.fields.theme')} {...form.getInputProps('theme')} />
          <Divider label={t('events.sectionWhen')} labelPosition="left" mt="xs" />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput type="date" label={t('events.fields.startDate')} withAsterisk {...form.getInputProps('startDate')} />
            <TextInput type="date" label={t('events.fields.endDate')} description={t('events.help.endDate')} inputWrapperOrder={['label', 'input', 'description', 'error']} {...form.getInputProps('endDate')} />
            <TextInput type="time" label={t('events.fields.startTime')} {...form.getInputProps('startTime')} />
            <TextInput type="time" label={t('events.fields.endTime')} {...form.getInputProps('endTime')} />
          </SimpleGrid>
          <TextInput label={t('events.fields.place')} placeholder={t('events.placeholders.place')} {...form.getInputProps('place')} />
          {!event && (
            <MultiSelect
              label={t('events.fields.agencyIds')}
              description={t('events.help.agencyIds')}
              data={agencies.options}
              searchable
              clearable
              hidePickedOptions
              openOnFocus={false}
              nothingFoundMessage="—"
              {...form.getInputProps('agencyIds')}
            />
          )}
          <Divider label={t('events.sectionMore')} labelPosition="left" mt="xs" />
          <Textarea label={t('events.fields.speakers')} description={t('events.help.speakers')} autosize minRows={2} maxRows={5} {...form.getInputProps('speakers')} />
          <Textarea label={t('events.fields.description')} autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
          <Textarea label={t('events.fields.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        </Stack>
      </div>
      <Group justify="flex-end" gap="sm" className={classes.footer}>
        <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={mutation.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
