import { Alert, Anchor, Breadcrumbs, Button, Grid, Group, Paper, Select, Stack, Title } from '@mantine/core';
import { IconDeviceFloppy, IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { caseCreateInput } from '../../../../../shared/contract/cases';
import { isApiError } from '../../../api/ApiError';
import { useRegisterNumbers } from '../../../api/caseSetup';
import { useCreateCase, useLinkCases } from '../../../api/cases';
import { ErrorAlert, formAlertNeeded } from '../../../components/ErrorAlert';
import { schemaSubmit } from '../../../components/forms/schemaSubmit';
import { useSchemaForm } from '../../../components/forms/useSchemaForm';
import { notifyError, notifySuccess } from '../../../components/notify';
import { PageHeader } from '../../../components/PageHeader';
import { useAgencyOptions } from '../../mou/useAgencyOptions';
import { casePath } from '../list/CaseTable';
import classes from '../Cases.module.css';
import { useCaseMasterOptions } from '../useCaseMasterOptions';
import { useCasePermissions } from '../useCasePermissions';
import { useOfficeToday } from '../useOfficeToday';
import { asCaseForm, MatterFields, ReceiptFields, ReportedAgencyFields } from './CaseFields';
import { INTAKE_FIELDS, isIntakePath, newIntakeValues, toCreateInput, type IntakeValues } from './caseFormValues';
import { DuplicateHints } from './DuplicateHints';
import { asReporterForm, ReporterFields } from './ReporterFields';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper p="lg" component="section" aria-labelledby={id}>
      <Title order={2} fz="md" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** "Catat laporan": registers a complaint; the register number is given on saving. */
export function CaseIntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = useCasePermissions();
  const office = useOfficeToday();
  const master = useCaseMasterOptions();
  const agencies = useAgencyOptions();
  const create = useCreateCase();
  const link = useLinkCases();
  const reservedNumbers = useRegisterNumbers({ series: 'case', year: Number(office.today.slice(0, 4)), state: 'reserved', pageSize: 100 }, office.known);
  const reserved = reservedNumbers.data?.items ?? [];
  const [linkIds, setLinkIds] = useState<string[]>([]);
  const sf = useSchemaForm<IntakeValues>(caseCreateInput, newIntakeValues(office.today), toCreateInput);
  const { form } = sf;

  // Defaults that arrive after the first render: the office's date and the usual track.
  const seeded = useRef(false);
  useEffect(() => {
    if (seeded.current || !office.known || master.isPending) return;
    seeded.current = true;
    const reguler = master.options.track.find((o) => master.byId.get(o.value)?.code === 'reguler');
    if (!form.isDirty('receivedOn')) form.setFieldValue('receivedOn', office.today);
    if (!form.values.trackId && reguler) form.setFieldValue('trackId', reguler.value);
  }, [office.known, office.today, master.isPending, master.options.track, master.byId, form]);

  const submit = schemaSubmit(sf, INTAKE_FIELDS, async (values) => {
    const saved = await create.mutateAsync(toCreateInput(values));
    for (const otherCaseId of linkIds) {
      await link.mutateAsync({ caseId: saved.id, otherCaseId, reason: 'same_matter', note: '' }).catch((error: unknown) => {
        notifyError(t('cases.links.failed'), isApiError(error) ? error.message : t('errors.unexpected'));
      });
    }
    notifySuccess(t('cases.intake.created', { number: saved.registerNumber }), t('cases.intake.createdText'));
    void navigate(casePath(saved.id));
  });

  const errorPaths = isApiError(create.error) ? Object.keys(create.error.fields) : [];
  const unplaced = errorPaths.filter((p) => !isIntakePath(p));
  const caseForm = asCaseForm(form);
  const v = form.values;

  return (
    <>
      <PageHeader
        above={
          <Breadcrumbs>
            <Anchor component={Link} to="/laporan" size="sm">
              {t('nav.cases')}
            </Anchor>
          </Breadcrumbs>
        }
        title={t('cases.intake.title')}
        lead={t('cases.intake.lead')}
      />
      {!can.canWrite && (
        <Alert color="gray" icon={<IconLock size={18} />} mb="lg">
          {t('cases.intake.readOnly')}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="lg">
              {create.isError && (formAlertNeeded(create.error, errorPaths.filter(isIntakePath)) || unplaced.length > 0) && (
                <ErrorAlert error={create.error} title={t('errors.saveFailed')} extraFields={unplaced} />
              )}
              {master.error && <ErrorAlert error={master.error} title={t('errors.loadFailed')} />}
              <Section id="intake-receipt" title={t('cases.intake.sectionReceipt')}>
                <ReceiptFields form={caseForm} options={master.options} />
                {reserved.length > 0 && (
                  <Select
                    mt="sm"
                    label={t('cases.intake.reservedNumber')}
                    description={t('cases.intake.reservedNumberHelp')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    placeholder={t('cases.intake.nextNumber')}
                    data={reserved.map((n) => ({ value: n.id, label: `${n.number} · ${n.reason}` }))}
                    clearable
                    w={{ base: '100%', md: '50%' }}
                    {...form.getInputProps('reservedNumberId')}
                  />
                )}
              </Section>
              <Section id="intake-reporter" title={t('cases.intake.sectionReporter')}>
                <ReporterFields form={asReporterForm(form)} />
              </Section>
              <Section id="intake-agency" title={t('cases.intake.sectionAgency')}>
                <ReportedAgencyFields form={caseForm} agencyOptions={agencies.options} />
              </Section>
              <Section id="intake-matter" title={t('cases.intake.sectionMatter')}>
                <MatterFields form={caseForm} options={master.options} />
              </Section>
              <Group justify="flex-end" gap="sm">
                <Button variant="default" component={Link} to="/laporan">
                  {t('common.cancel')}
                </Button>
                <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} loading={create.isPending || link.isPending} disabled={!can.canWrite}>
                  {t('cases.intake.save')}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <div className={classes.stickyAside}>
              <DuplicateHints
                agencyId={v.agencyId}
                text={[v.summary, v.chronology].filter(Boolean).join('\n')}
                reporter={v.reporter}
                linkIds={linkIds}
                onToggleLink={(id, on) => setLinkIds((prev) => (on ? [...prev, id] : prev.filter((x) => x !== id)))}
              />
            </div>
          </Grid.Col>
        </Grid>
      </form>
    </>
  );
}
