import { Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mouCreateInput } from '../../../../shared/contract/mous';
import type { MouDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { fetchMouFresh, useCreateMou, useUpdateMou } from '../../api/mous';
import { AttachmentList } from '../../components/attachments/AttachmentList';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { FormFooter } from '../../components/forms/FormFooter';
import { ReloadLatestButton, useReloadLatest } from '../../components/forms/useReloadLatest';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import classes from '../agencies/AgencyForm.module.css';
import { MOU_FIELDS, isMouFieldPath, toMouFormValues, toMouInput, type MouFormValues } from './mouFormValues';
import { MouFormFields } from './MouFormFields';
import { useAgencyOptions } from './useAgencyOptions';

interface Props {
  mou?: MouDto;
  /** A new MoU started from an agency's page names that agency. */
  agencyId?: string;
  onDone: (saved: MouDto, created: boolean) => void;
  onCancel: () => void;
}

/** Create or edit an MoU; its scanned document is attached once the MoU exists. */
export function MouForm({ mou, agencyId, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const create = useCreateMou();
  const update = useUpdateMou();
  const mutation = mou ? update : create;
  const agencies = useAgencyOptions(mou?.agencies.map((a) => a.id) ?? []);
  const { form, server, focusFirstError } = useSchemaForm<MouFormValues>(mouCreateInput, toMouFormValues(mou, agencyId));
  const latest = useReloadLatest({ record: mou, fetchFresh: fetchMouFresh, toValues: toMouFormValues, form, server, update });

  const submit = form.onSubmit(
    async (values) => {
      server.clearAll();
      try {
        const saved = mou
          ? await update.mutateAsync({ id: mou.id, expectedUpdatedAt: latest.loadedAt, ...toMouInput(values) })
          : await create.mutateAsync(toMouInput(values));
        notifySuccess(mou ? t('mou.updated') : t('mou.created'), mou ? saved.title : t('mou.createdAttach'));
        onDone(saved, !mou);
      } catch (error) {
        server.setFrom(error);
        if (isApiError(error)) focusFirstError(MOU_FIELDS, error.fields);
      }
    },
    (errors) => focusFirstError(MOU_FIELDS, errors),
  );

  const conflict = isApiError(mutation.error) && mutation.error.code === 'CONFLICT';
  const unplaced = isApiError(mutation.error) ? Object.keys(mutation.error.fields).filter((p) => !isMouFieldPath(p)) : [];

  return (
    <form onSubmit={submit} noValidate className={classes.form}>
      <div className={classes.body}>
        <Stack gap="md">
          {mutation.isError && (formAlertNeeded(mutation.error, Object.keys(isApiError(mutation.error) ? mutation.error.fields : {}).filter(isMouFieldPath)) || unplaced.length > 0) && (
            <ErrorAlert
              error={mutation.error}
              title={t('errors.saveFailed')}
              extraFields={unplaced}
              action={conflict && <ReloadLatestButton latest={latest} />}
            />
          )}
          {agencies.error && <ErrorAlert error={agencies.error} title={t('errors.loadFailed')} />}
          <MouFormFields form={form} agencyOptions={agencies.options} />
          <Divider label={t('mou.sectionDocument')} labelPosition="left" mt="xs" />
          <AttachmentList entity="mou" entityId={mou?.id ?? null} />
        </Stack>
      </div>
      <FormFooter className={classes.footer} onCancel={onCancel} cancelLabel={mou ? t('common.close') : t('common.cancel')} pending={mutation.isPending} />
    </form>
  );
}
