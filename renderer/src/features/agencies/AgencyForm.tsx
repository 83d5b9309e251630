import { Button, Group, Loader, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyCreateInput } from '../../../../shared/contract/agencies';
import type { AgencyDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { fetchAgencyFresh, useAgencyGroups, useAgencyRegions, useCreateAgency, useUpdateAgency } from '../../api/agencies';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import classes from './AgencyForm.module.css';
import { AgencyFormFields } from './AgencyFormFields';
import { AGENCY_FIELDS, toAgencyFormValues, toAgencyInput, type AgencyFormValues } from './agencyFormValues';

interface Props {
  /** The agency being edited; absent when adding one. */
  agency?: AgencyDto;
  onDone: (saved: AgencyDto) => void;
  onCancel: () => void;
}

/** Create or edit one agency; the update carries the version it was loaded at. */
export function AgencyForm({ agency, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const groups = useAgencyGroups();
  const regions = useAgencyRegions();
  const create = useCreateAgency();
  const update = useUpdateAgency();
  const [loadedAt, setLoadedAt] = useState(agency?.updatedAt);
  const [reloading, setReloading] = useState(false);
  // An unselected group is "required", not a malformed id.
  const { form, server, focusFirstError } = useSchemaForm<AgencyFormValues>(agencyCreateInput, toAgencyFormValues(agency), (v) => ({
    ...v,
    groupId: v.groupId || undefined,
  }));
  const alertRef = useRef<HTMLDivElement>(null);
  const mutation = agency ? update : create;

  const save = async (values: AgencyFormValues) => {
    server.clearAll();
    try {
      const saved = agency
        ? await update.mutateAsync({ id: agency.id, expectedUpdatedAt: loadedAt, ...toAgencyInput(values) })
        : await create.mutateAsync(toAgencyInput(values));
      notifySuccess(agency ? t('agencies.updated') : t('agencies.created'), saved.name);
      onDone(saved);
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error) && error.hasFieldErrors) focusFirstError(AGENCY_FIELDS, error.fields);
    }
  };
  const submit = form.onSubmit(save, (errors) => focusFirstError(AGENCY_FIELDS, errors));

  // After a CONFLICT: take the latest version (the user repeats the change on it).
  const reloadLatest = async () => {
    if (!agency) return;
    setReloading(true);
    try {
      const fresh = await fetchAgencyFresh(client, agency.id);
      const next = toAgencyFormValues(fresh);
      form.setValues(next);
      form.resetDirty(next);
      setLoadedAt(fresh.updatedAt);
      server.clearAll();
      update.reset();
    } finally {
      setReloading(false);
    }
  };

  // A general error is shown in the alert at the top of a possibly scrolled drawer.
  const generalError = mutation.error && !(isApiError(mutation.error) && mutation.error.hasFieldErrors) ? mutation.error : null;
  useEffect(() => {
    if (generalError) alertRef.current?.scrollIntoView({ block: 'nearest' });
  }, [generalError]);

  const conflict = isApiError(mutation.error) && mutation.error.code === 'CONFLICT' && !mutation.error.hasFieldErrors;
  const optionsFailed = groups.error ?? regions.error;

  return (
    <form onSubmit={submit} noValidate className={classes.form}>
      <div className={classes.body}>
        <Stack gap="md">
          {mutation.isError && formAlertNeeded(mutation.error, AGENCY_FIELDS) && (
            <div ref={alertRef}>
              <ErrorAlert
                error={mutation.error}
                title={t('errors.saveFailed')}
                extraFields={server.unplaced(AGENCY_FIELDS)}
                action={
                  conflict && (
                    <Button size="xs" color="red" onClick={() => void reloadLatest()} loading={reloading}>
                      {t('common.reloadLatest')}
                    </Button>
                  )
                }
              />
            </div>
          )}
          {optionsFailed && (
            <ErrorAlert error={optionsFailed} title={t('errors.loadFailed')} onRetry={() => void Promise.all([groups.refetch(), regions.refetch()])} />
          )}
          {groups.isPending ? (
            <Group justify="center" py="xl">
              <Loader size="sm" />
            </Group>
          ) : (
            <AgencyFormFields form={form} groups={groups.data ?? []} regions={regions.data ?? []} currentGroupId={agency?.groupId} />
          )}
        </Stack>
      </div>
      <Group justify="flex-end" gap="sm" className={classes.footer}>
        <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={mutation.isPending} disabled={groups.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
