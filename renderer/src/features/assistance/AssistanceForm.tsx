import { Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assistanceCreateInput } from '../../../../shared/contract/assistance';
import type { AssistanceDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { fetchAssistanceFresh, useCreateAssistance, useUpdateAssistance } from '../../api/assistance';
import { AttachmentList } from '../../components/attachments/AttachmentList';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { FormFooter } from '../../components/forms/FormFooter';
import { ReloadLatestButton, useReloadLatest } from '../../components/forms/useReloadLatest';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import classes from '../agencies/AgencyForm.module.css';
import { useAgencyOptions } from '../mou/useAgencyOptions';
import { AssistanceFormFields } from './AssistanceFormFields';
import { ASSISTANCE_FIELDS, toAssistanceFormValues, toAssistanceInput, type AssistanceFormValues } from './assistanceFormValues';

interface Props {
  item?: AssistanceDto;
  agencyId?: string;
  onDone: (saved: AssistanceDto, created: boolean) => void;
  onCancel: () => void;
}

export function AssistanceForm({ item, agencyId, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const create = useCreateAssistance();
  const update = useUpdateAssistance();
  const mutation = item ? update : create;
  const agencies = useAgencyOptions(item ? [item.agencyId] : []);
  const { form, server, focusFirstError } = useSchemaForm<AssistanceFormValues>(assistanceCreateInput, toAssistanceFormValues(item, agencyId), toAssistanceInput);
  const latest = useReloadLatest({ record: item, fetchFresh: fetchAssistanceFresh, toValues: toAssistanceFormValues, form, server, update });

  const submit = form.onSubmit(
    async (values) => {
      server.clearAll();
      try {
        const saved = item
          ? await update.mutateAsync({ id: item.id, expectedUpdatedAt: latest.loadedAt, ...toAssistanceInput(values) })
          : await create.mutateAsync(toAssistanceInput(values));
        notifySuccess(item ? t('assistance.updated') : t('assistance.created'), saved.agencyShortName || saved.agencyName);
        onDone(saved, !item);
      } catch (error) {
        server.setFrom(error);
        if (isApiError(error)) focusFirstError(ASSISTANCE_FIELDS, error.fields);
      }
    },
    (errors) => focusFirstError(ASSISTANCE_FIELDS, errors),
  );

  const conflict = isApiError(mutation.error) && mutation.error.code === 'CONFLICT';

  return (
    <form onSubmit={submit} noValidate className={classes.form}>
      <div className={classes.body}>
        <Stack gap="md">
          {mutation.isError && formAlertNeeded(mutation.error, ASSISTANCE_FIELDS) && (
            <ErrorAlert
              error={mutation.error}
              title={t('errors.saveFailed')}
              extraFields={server.unplaced(ASSISTANCE_FIELDS)}
              action={conflict && <ReloadLatestButton latest={latest} />}
            />
          )}
          {agencies.error && <ErrorAlert error={agencies.error} title={t('errors.loadFailed')} />}
          <AssistanceFormFields form={form} agencyOptions={agencies.options} />
          <Divider label={t('assistance.sectionFiles')} labelPosition="left" mt="xs" />
          <AttachmentList entity="assistance" entityId={item?.id ?? null} />
        </Stack>
      </div>
      <FormFooter className={classes.footer} onCancel={onCancel} cancelLabel={item ? t('common.close') : t('common.cancel')} pending={mutation.isPending} />
    </form>
  );
}
