import { Button, Divider, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseUpdateInput } from '../../../../../../shared/contract/cases';
import type { CaseDetailDto } from '../../../../../../shared/dto';
import { isApiError } from '../../../../api/ApiError';
import { fetchCaseFresh, useUpdateCase } from '../../../../api/cases';
import { ErrorAlert, formAlertNeeded } from '../../../../components/ErrorAlert';
import { useSchemaForm } from '../../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../../components/forms/schemaSubmit';
import { notifySuccess } from '../../../../components/notify';
import { useAgencyOptions } from '../../../mou/useAgencyOptions';
import { asCaseForm, MatterFields, ReceiptFields, ReportedAgencyFields } from '../../form/CaseFields';
import { CASE_FIELDS, caseFormValues, toCaseFields, type CaseFormValues } from '../../form/caseFormValues';
import { useCaseMasterOptions } from '../../useCaseMasterOptions';
import { DialogButtons } from './DialogParts';

/** "Ubah data laporan": the record's own fields (the reporter has its own dialog). */
export function EditCaseForm({ c, focus, onClose }: { c: CaseDetailDto; focus?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const update = useUpdateCase();
  const master = useCaseMasterOptions([c.stageId, c.channelId, c.trackId, c.subjectId, ...c.maladministrationIds]);
  const agencies = useAgencyOptions([c.agencyId]);
  const [loadedAt, setLoadedAt] = useState(c.updatedAt);
  const prepare = (v: CaseFormValues) => ({ id: c.id, expectedUpdatedAt: loadedAt, ...toCaseFields(v) });
  const sf = useSchemaForm<CaseFormValues>(caseUpdateInput, caseFormValues(c), prepare);
  const { form, server } = sf;

  // Opened from the leak warning: straight to the text that holds the identity.
  useEffect(() => {
    if (focus) window.setTimeout(() => form.getInputNode(focus)?.focus(), 250);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus]);

  const submit = schemaSubmit(sf, CASE_FIELDS, async (values) => {
    await update.mutateAsync(prepare(values));
    notifySuccess(t('cases.detail.updated'), c.registerNumber);
    onClose();
  });

  const reloadLatest = async () => {
    const fresh = await fetchCaseFresh(client, c.id);
    form.setValues(caseFormValues(fresh));
    setLoadedAt(fresh.updatedAt);
    server.clearAll();
    update.reset();
  };

  const conflict = isApiError(update.error) && update.error.code === 'CONFLICT';
  const unplaced = server.unplaced([...CASE_FIELDS]);
  const caseForm = asCaseForm(form);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {update.isError && (formAlertNeeded(update.error, CASE_FIELDS) || unplaced.length > 0) && (
          <ErrorAlert
            error={update.error}
            title={t('errors.saveFailed')}
            extraFields={unplaced}
            action={
              conflict && (
                <Button size="xs" color="red" onClick={() => void reloadLatest()}>
                  {t('common.reloadLatest')}
                </Button>
              )
            }
          />
        )}
        <Divider label={t('cases.intake.sectionReceipt')} labelPosition="left" />
        <ReceiptFields form={caseForm} options={master.options} />
        <Divider label={t('cases.intake.sectionAgency')} labelPosition="left" />
        <ReportedAgencyFields form={caseForm} agencyOptions={agencies.options} />
        <Divider label={t('cases.intake.sectionMatter')} labelPosition="left" />
        <MatterFields form={caseForm} options={master.options} />
        <DialogButtons onCancel={onClose} pending={update.isPending} submit={t('common.save')} />
      </Stack>
    </form>
  );
}
