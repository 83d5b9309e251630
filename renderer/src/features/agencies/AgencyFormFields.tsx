import { Autocomplete, Divider, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AgencyGroupDto } from '../../../../shared/dto';
import type { AgencyFormValues } from './agencyFormValues';

interface Props {
  form: UseFormReturnType<AgencyFormValues>;
  groups: AgencyGroupDto[];
  regions: string[];
  /** The agency's current group stays choosable even if it was retired since. */
  currentGroupId?: string;
}

/** The inputs of the agency form, with the labels the register's users know. */
export function AgencyFormFields({ form, groups, regions, currentGroupId }: Props) {
  const { t } = useTranslation();
  const groupData = groups
    .filter((g) => g.active || g.id === currentGroupId)
    .map((g) => ({ value: g.id, label: g.name }));

  return (
    <Stack gap="md">
      <Divider label={t('agencies.sectionIdentity')} labelPosition="left" />
      <TextInput label={t('agencies.fields.name')} placeholder={t('agencies.placeholders.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('agencies.fields.shortName')} placeholder={t('agencies.placeholders.shortName')} {...form.getInputProps('shortName')} />
        <Select
          label={t('agencies.fields.groupId')}
          placeholder={t('agencies.placeholders.group')}
          data={groupData}
          withAsterisk
          searchable
          allowDeselect={false}
          {...form.getInputProps('groupId')}
          value={form.values.groupId || null}
          onChange={(value) => form.setFieldValue('groupId', value ?? '')}
        />
      </SimpleGrid>
      <Autocomplete label={t('agencies.fields.region')} placeholder={t('agencies.placeholders.region')} data={regions} {...form.getInputProps('region')} />

      <Divider label={t('agencies.sectionContact')} labelPosition="left" mt="xs" />
      <Textarea label={t('agencies.fields.address')} autosize minRows={2} maxRows={4} {...form.getInputProps('address')} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('agencies.fields.phone')} type="tel" {...form.getInputProps('phone')} />
        <TextInput label={t('agencies.fields.email')} type="email" placeholder={t('agencies.placeholders.email')} {...form.getInputProps('email')} />
      </SimpleGrid>

      <Divider label={t('agencies.sectionHead')} labelPosition="left" mt="xs" />
      <TextInput label={t('agencies.fields.headName')} {...form.getInputProps('headName')} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('agencies.fields.headPosition')} placeholder={t('agencies.placeholders.headPosition')} {...form.getInputProps('headPosition')} />
        <TextInput label={t('agencies.fields.headNip')} inputMode="numeric" {...form.getInputProps('headNip')} />
      </SimpleGrid>

      <Divider label={t('agencies.sectionNotes')} labelPosition="left" mt="xs" />
      <Textarea label={t('agencies.fields.notes')} autosize minRows={3} maxRows={8} {...form.getInputProps('notes')} />
    </Stack>
  );
}
