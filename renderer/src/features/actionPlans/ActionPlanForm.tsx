import { Alert, Button, Divider, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionPlanCreateInput } from '../../../../shared/contract/actionPlans';
import type { ActionPlanDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useCommitmentTemplates, useCreateActionPlan, useUpdateActionPlan } from '../../api/actionPlans';
import { useEventList } from '../../api/events';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';
import classes from '../agencies/AgencyForm.module.css';
import { AgencyOrderEditor } from './AgencyOrderEditor';
import { isPlanFieldPath, PLAN_FIELDS, toPlanFormValues, toPlanInput, type PlanFormValues } from './planFormValues';
import { PointsEditor } from './PointsEditor';

interface Props {
  plan?: ActionPlanDto;
  /** A plan started from an event's page names that event. */
  eventId?: string;
  onDone: (saved: ActionPlanDto) => void;
  onCancel: () => void;
}

/** Create or edit an action plan: wording of the sheets, ordered points, agencies in print order. */
export function ActionPlanForm({ plan, eventId, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const create = useCreateActionPlan();
  const update = useUpdateActionPlan();
  const mutation = plan ? update : create;
  const templates = useCommitmentTemplates();
  const events = useEventList({ pageSize: 100, when: 'all' });
  const [loadedAt] = useState(plan?.updatedAt);
  const defaultTemplate = templates.data?.find((x) => x.active)?.id;
  const { form, server, focusFirstError } = useSchemaForm<PlanFormValues>(
    actionPlanCreateInput,
    toPlanFormValues(plan, { eventId, templateId: defaultTemplate, year: new Date().getFullYear() }),
    toPlanInput,
  );
  const locked = plan?.locked ?? false;

  const submit = form.onSubmit(
    async (values) => {
      server.clearAll();
      try {
        const input = toPlanInput(values);
        const saved = plan ? await update.mutateAsync({ id: plan.id, expectedUpdatedAt: loadedAt, ...input }) : await create.mutateAsync(input);
        notifySuccess(plan ? t('actionPlans.updated') : t('actionPlans.created'), saved.title);
        onDone(saved);
      } catch (error) {
        server.setFrom(error);
        if (isApiError(error)) focusFirstError(PLAN_FIELDS, error.fields);
      }
    },
    (errors) => focusFirstError(PLAN_FIELDS, errors),
  );
  const unplaced = isApiError(mutation.error) ? Object.keys(mutation.error.fields).filter((p) => !isPlanFieldPath(p)) : [];
  const eventOptions = [{ value: '', label: t('actionPlans.noEvent') }, ...(events.data?.items ?? []).filter((e) => !e.cancelled || e.id === plan?.eventId).map((e) => ({ value: e.id, label: `${e.startDate} · ${e.title}` }))];

  return (
    <form onSubmit={submit} noValidate className={classes.form}>
      <div className={classes.body}>
        <Stack gap="md">
          {mutation.isError && (formAlertNeeded(mutation.error, PLAN_FIELDS) || unplaced.length > 0) && (
            <ErrorAlert error={mutation.error} title={t('errors.saveFailed')} extraFields={unplaced} />
          )}
          {locked && <Alert color="yellow">{t('actionPlans.lockedNotice')}</Alert>}
          <Divider label={t('actionPlans.sectionPlan')} labelPosition="left" />
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
            <TextInput label={t('actionPlans.fields.title')} withAsterisk data-autofocus disabled={locked} style={{ gridColumn: 'span 3' }} {...form.getInputProps('title')} />
            <NumberInput label={t('actionPlans.fields.year')} withAsterisk min={2000} max={2100} disabled={locked} {...form.getInputProps('year')} />
          </SimpleGrid>
          <Select label={t('actionPlans.fields.eventId')} data={eventOptions} searchable disabled={locked} allowDeselect={false} {...form.getInputProps('eventId')} />
          <Divider label={t('actionPlans.sectionPoints')} labelPosition="left" mt="xs" />
          <PointsEditor form={form} locked={locked} />
          <Divider label={t('actionPlans.sectionSheet')} labelPosition="left" mt="xs" />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('actionPlans.fields.templateId')}
              data={(templates.data ?? []).filter((x) => x.active || x.id === plan?.templateId).map((x) => ({ value: x.id, label: x.name }))}
              allowDeselect={false}
              withAsterisk
              disabled={locked}
              {...form.getInputProps('templateId')}
            />
            <TextInput type="date" label={t('actionPlans.fields.signingDate')} description={t('actionPlans.help.signingDate')} inputWrapperOrder={['label', 'input', 'description', 'error']} disabled={locked} {...form.getInputProps('signingDate')} />
            <TextInput label={t('actionPlans.fields.place')} description={t('actionPlans.help.place')} inputWrapperOrder={['label', 'input', 'description', 'error']} disabled={locked} {...form.getInputProps('place')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t('actionPlans.fields.witnessName')} description={t('actionPlans.help.witness')} inputWrapperOrder={['label', 'input', 'description', 'error']} disabled={locked} {...form.getInputProps('witnessName')} />
            <TextInput label={t('actionPlans.fields.witnessPosition')} disabled={locked} {...form.getInputProps('witnessPosition')} />
            <TextInput label={t('actionPlans.fields.witnessNip')} disabled={locked} {...form.getInputProps('witnessNip')} />
          </SimpleGrid>
          <Divider label={t('actionPlans.sectionAgencies')} labelPosition="left" mt="xs" />
          <AgencyOrderEditor form={form} eventId={form.values.eventId} />
          <Textarea label={t('actionPlans.fields.notes')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
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
