import { Group, Loader, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyCreateInput } from '../../../../shared/contract/agencies';
import type { AgencyDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { fetchAgencyFresh, useAgencyGroups, useAgencyRegions, useCreateAgency, useUpdateAgency } from '../../api/agencies';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { FormFooter } from '../../components/forms/FormFooter';
import { ReloadLatestButton, useReloadLatest } from '../../components/forms/useReloadLatest';
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
  const groups = useAgencyGroups();
  const regions = useAgencyRegions();
  const create = useCreateAgency();
  const update = useUpdateAgency();
  // An unselected group is "required", not a malformed id.
  const { form, server, focusFirstError } = useSchemaForm<AgencyFormValues>(agencyCreateInput, toAgencyFormValues(agency), (v) => ({
    ...v,
    groupId: v.groupId || undefined,
  }));
  // After a CONFLICT: take the latest version (the user repeats the change on it).
  const latest = useReloadLatest({ record: agency, fetchFresh: fetchAgencyFresh, toValues: toAgencyFormValues, form, server, update });
  const alertRef = useRef<HTMLDivElement>(null);
  const mutation = agency ? update : create;

  const save = async (values: AgencyFormValues) => {
    server.clearAll();
    try {
      const saved = agency
        ? await update.mutateAsync({ id: agency.id, expectedUpdatedAt: latest.loadedAt, ...toAgencyInput(values) })
        : await create.mutateAsync(toAgencyInput(values));
      notifySuccess(agency ? t('agencies.updated') : t('agencies.created'), saved.name);
      onDone(saved);
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error) && error.hasFieldErrors) focusFirstError(AGENCY_FIELDS, error.fields);
    }
  };
  const submit = form.onSubmit(save, (errors) => focusFirstError(AGENCY_FIELDS, errors));

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
                action={conflict && <ReloadLatestButton latest={latest} />}
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
      <FormFooter className={classes.footer} onCancel={onCancel} cancelLabel={t('common.cancel')} pending={mutation.isPending} submitDisabled={groups.isPending} />
    </form>
  );
}
