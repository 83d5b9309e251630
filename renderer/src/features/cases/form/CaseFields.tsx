import { Autocomplete, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useCaseStaffNames } from '../../../api/cases';
import type { MasterOption } from '../useCaseMasterOptions';
import type { CaseFormValues } from './caseFormValues';

type Form = UseFormReturnType<CaseFormValues>;

/** Any form holding the case fields (intake adds the reporter) works with these inputs. */
export const asCaseForm = <V extends CaseFormValues>(form: UseFormReturnType<V>): Form => form as unknown as Form;

interface MasterProps {
  form: Form;
  options: Record<'channel' | 'track' | 'subject' | 'maladministration', MasterOption[]>;
}

/** How and when the complaint came in, and who at the office handles it. */
export function ReceiptFields({ form, options }: MasterProps) {
  const { t } = useTranslation();
  const staff = useCaseStaffNames();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={3} spacing="sm">
        <TextInput type="date" label={t('cases.fields.receivedOn')} withAsterisk {...form.getInputProps('receivedOn')} />
        <Select label={t('cases.fields.channel')} data={options.channel} withAsterisk allowDeselect={false} {...form.getInputProps('channelId')} />
        <Select label={t('cases.fields.track')} data={options.track} withAsterisk allowDeselect={false} {...form.getInputProps('trackId')} />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('cases.fields.simpelNumber')} description={t('cases.help.simpelNumber')} inputWrapperOrder={['label', 'input', 'description', 'error']} {...form.getInputProps('simpelNumber')} />
        <Autocomplete
          label={t('cases.fields.assignedStaff')}
          description={t('cases.help.assignedStaff')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data={staff.data ?? []}
          {...form.getInputProps('assignedStaff')}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** The reported agency from the register, and the unit the complaint is about. */
export function ReportedAgencyFields({ form, agencyOptions }: { form: Form; agencyOptions: MasterOption[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={2} spacing="sm">
      <Select
        label={t('cases.fields.agency')}
        placeholder={t('cases.placeholders.agency')}
        data={agencyOptions}
        searchable
        withAsterisk
        nothingFoundMessage={t('cases.intake.agencyNotFound')}
        {...form.getInputProps('agencyId')}
      />
      <TextInput label={t('cases.fields.agencyUnit')} placeholder={t('cases.placeholders.agencyUnit')} {...form.getInputProps('agencyUnit')} />
    </SimpleGrid>
  );
}

/** What the complaint is about: substance, forms of maladministration, and the story. */
export function MatterFields({ form, options }: MasterProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm">
        <Select label={t('cases.fields.subject')} data={options.subject} searchable withAsterisk {...form.getInputProps('subjectId')} />
        <MultiSelect
          label={t('cases.fields.maladministration')}
          data={options.maladministration}
          searchable
          hidePickedOptions
          withAsterisk
          placeholder={form.values.maladministrationIds.length ? undefined : t('cases.placeholders.maladministration')}
          {...form.getInputProps('maladministrationIds')}
        />
      </SimpleGrid>
      <Textarea label={t('cases.fields.summary')} description={t('cases.help.summary')} inputWrapperOrder={['label', 'input', 'description', 'error']} withAsterisk autosize minRows={2} maxRows={5} {...form.getInputProps('summary')} />
      <Textarea label={t('cases.fields.chronology')} autosize minRows={4} maxRows={14} {...form.getInputProps('chronology')} />
      <Textarea label={t('cases.fields.expectedOutcome')} autosize minRows={2} maxRows={6} {...form.getInputProps('expectedOutcome')} />
    </Stack>
  );
}
