import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personEditableFields, personInput, type PersonInput } from '../../../../shared/contract/roster';
import type { FocalPersonDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { fetchPersonFresh, useUpdatePerson } from '../../api/persons';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';

type PersonFormValues = Required<PersonInput> & Record<string, unknown>;
const FIELDS = ['name', 'nip', 'position', 'unit', 'phone', 'whatsapp', 'email', 'notes'];

interface Props {
  person: FocalPersonDto;
  onDone: () => void;
  onCancel: () => void;
}

/** Edits one person; the update carries the version it was loaded at. */
export function PersonForm({ person, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const update = useUpdatePerson();
  const [loadedAt, setLoadedAt] = useState(person.updatedAt);
  const [reloading, setReloading] = useState(false);
  const { form, server, focusFirstError } = useSchemaForm<PersonFormValues>(personInput, personEditableFields(person));

  const save = async (values: PersonFormValues) => {
    server.clearAll();
    try {
      const saved = await update.mutateAsync({ id: person.id, expectedUpdatedAt: loadedAt, ...values });
      notifySuccess(t('persons.updated'), saved.name);
      onDone();
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error) && error.hasFieldErrors) focusFirstError(FIELDS, error.fields);
    }
  };

  const reloadLatest = async () => {
    setReloading(true);
    try {
      const fresh = await fetchPersonFresh(client, person.id);
      const next = personEditableFields(fresh.person);
      form.setValues(next);
      form.resetDirty(next);
      setLoadedAt(fresh.person.updatedAt);
      server.clearAll();
      update.reset();
    } finally {
      setReloading(false);
    }
  };
  const conflict = isApiError(update.error) && update.error.code === 'CONFLICT' && !update.error.hasFieldErrors;

  return (
    <form onSubmit={form.onSubmit(save, (errors) => focusFirstError(FIELDS, errors))} noValidate>
      <Stack gap="md">
        {update.isError && formAlertNeeded(update.error, FIELDS) && (
          <ErrorAlert
            error={update.error}
            title={t('errors.saveFailed')}
            extraFields={server.unplaced(FIELDS)}
            action={
              conflict && (
                <Button size="xs" color="red" onClick={() => void reloadLatest()} loading={reloading}>
                  {t('common.reloadLatest')}
                </Button>
              )
            }
          />
        )}
        <TextInput label={t('persons.fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('persons.fields.position')} {...form.getInputProps('position')} />
          <TextInput label={t('persons.fields.unit')} {...form.getInputProps('unit')} />
        </SimpleGrid>
        <TextInput label={t('persons.fields.nip')} description={t('persons.nipHelp')} inputMode="numeric" {...form.getInputProps('nip')} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('persons.fields.phone')} type="tel" {...form.getInputProps('phone')} />
          <TextInput label={t('persons.fields.whatsapp')} type="tel" {...form.getInputProps('whatsapp')} />
        </SimpleGrid>
        <TextInput label={t('persons.fields.email')} type="email" {...form.getInputProps('email')} />
        <Textarea label={t('persons.fields.notes')} autosize minRows={3} maxRows={8} {...form.getInputProps('notes')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
