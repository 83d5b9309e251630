import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { caseReporterUpdateInput } from '../../../../../../shared/contract/cases';
import type { CaseDetailDto } from '../../../../../../shared/dto';
import { useUpdateReporter } from '../../../../api/cases';
import { useSchemaForm } from '../../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../../components/forms/schemaSubmit';
import { notifySuccess } from '../../../../components/notify';
import { REPORTER_FIELDS } from '../../form/caseFormValues';
import { asReporterForm, ReporterFields, type ReporterFormValues } from '../../form/ReporterFields';
import { DialogButtons, SaveError } from './DialogParts';

const FIELDS: string[] = [...REPORTER_FIELDS];

/** "Ubah identitas pelapor": only for users who may see it (the core checks the same). */
export function EditReporterForm({ c, onClose }: { c: CaseDetailDto; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateReporter();
  const r = c.reporter.masked ? null : c.reporter;
  const initial: ReporterFormValues = {
    reporter: { name: r?.name ?? '', address: r?.address ?? '', phone: r?.phone ?? '', email: r?.email ?? '', idNumber: r?.idNumber ?? '', representing: r?.representing ?? '' },
    confidential: c.confidential,
  };
  const prepare = (v: ReporterFormValues) => ({ caseId: c.id, expectedUpdatedAt: c.updatedAt, reporter: { ...v.reporter }, confidential: v.confidential });
  const sf = useSchemaForm<ReporterFormValues>(caseReporterUpdateInput, initial, prepare);
  const { form, server } = sf;

  const submit = schemaSubmit(sf, FIELDS, async (values) => {
    await update.mutateAsync(prepare(values));
    notifySuccess(t('cases.detail.reporterUpdated'), c.registerNumber);
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveError error={update.error} fields={FIELDS} unplaced={server.unplaced(FIELDS)} />
        <ReporterFields form={asReporterForm(form)} />
        <DialogButtons onCancel={onClose} pending={update.isPending} submit={t('common.save')} />
      </Stack>
    </form>
  );
}
