import { Divider, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ASSISTANCE_TOPICS } from '../../../../shared/dto';
import { MAX_PARTICIPANTS } from '../../../../shared/contract/assistance';
import type { AssistanceFormValues } from './assistanceFormValues';

interface Props {
  form: UseFormReturnType<AssistanceFormValues>;
  agencyOptions: Array<{ value: string; label: string }>;
}

export function AssistanceFormFields({ form, agencyOptions }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Divider label={t('assistance.sectionSession')} labelPosition="left" />
      <Select
        label={t('assistance.fields.agencyId')}
        placeholder={t('assistance.placeholders.agency')}
        data={agencyOptions}
        searchable
        withAsterisk
        allowDeselect={false}
        nothingFoundMessage="—"
        // Focused first (and after a failed save): typing opens the list, focus alone does not.
        openOnFocus={false}
        data-autofocus
        {...form.getInputProps('agencyId')}
        value={form.values.agencyId || null}
        onChange={(value) => form.setFieldValue('agencyId', value ?? '')}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Select
          label={t('assistance.fields.topic')}
          data={ASSISTANCE_TOPICS.map((x) => ({ value: x, label: t(`assistance.topics.${x}`) }))}
          withAsterisk
          allowDeselect={false}
          style={{ gridColumn: 'span 2' }}
          {...form.getInputProps('topic')}
          value={form.values.topic || null}
          onChange={(value) => form.setFieldValue('topic', (value ?? '') as AssistanceFormValues['topic'])}
        />
        <TextInput type="date" label={t('assistance.fields.date')} withAsterisk {...form.getInputProps('date')} />
      </SimpleGrid>
      {form.values.topic === 'lainnya' && (
        <TextInput label={t('assistance.fields.topicOther')} placeholder={t('assistance.placeholders.topicOther')} withAsterisk {...form.getInputProps('topicOther')} />
      )}

      <Divider label={t('assistance.sectionPeople')} labelPosition="left" mt="xs" />
      <Textarea label={t('assistance.fields.officeStaff')} withAsterisk autosize minRows={2} maxRows={5} {...form.getInputProps('officeStaff')} />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <NumberInput
          label={t('assistance.fields.participantCount')}
          description={t('assistance.help.participants')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          min={1}
          max={MAX_PARTICIPANTS}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('participantCount')}
        />
        <Textarea label={t('assistance.fields.participantNames')} autosize minRows={2} maxRows={6} style={{ gridColumn: 'span 2' }} {...form.getInputProps('participantNames')} />
      </SimpleGrid>

      <Divider label={t('assistance.sectionResult')} labelPosition="left" mt="xs" />
      <Textarea label={t('assistance.fields.outcome')} autosize minRows={2} maxRows={6} {...form.getInputProps('outcome')} />
      <Textarea label={t('assistance.fields.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
    </Stack>
  );
}
