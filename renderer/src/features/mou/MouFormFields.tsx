import { Divider, Input, MultiSelect, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MOU_STATUSES, type MouStatus } from '../../../../shared/dto';
import type { MouFormValues } from './mouFormValues';
import { SignatoryFields } from './SignatoryFields';

interface Props {
  form: UseFormReturnType<MouFormValues>;
  agencyOptions: Array<{ value: string; label: string }>;
}

/** The inputs of the MoU form, grouped as the office reads an MoU. */
export function MouFormFields({ form, agencyOptions }: Props) {
  const { t } = useTranslation();
  const statusLabel = useId();
  const status = form.values.status;
  const signed = status === 'ditandatangani' || status === 'berakhir';
  const setStatus = (next: MouStatus) => {
    form.setFieldValue('status', next);
    // A plan has no signature yet: clear what would contradict it.
    if (next === 'rencana') form.setFieldValue('signedDate', '');
  };

  return (
    <Stack gap="md">
      <Divider label={t('mou.sectionIdentity')} labelPosition="left" />
      <TextInput label={t('mou.fields.title')} placeholder={t('mou.placeholders.title')} withAsterisk data-autofocus {...form.getInputProps('title')} />
      <TextInput label={t('mou.fields.number')} placeholder={t('mou.placeholders.number')} description={t('mou.help.numberBoth')} {...form.getInputProps('number')} />

      <Divider label={t('mou.sectionParties')} labelPosition="left" mt="xs" />
      <Text size="xs" c="dimmed" mt={-6}>
        {t('mou.officeParty')}
      </Text>
      <MultiSelect
        label={t('mou.fields.agencyIds')}
        placeholder={form.values.agencyIds.length ? undefined : t('mou.placeholders.agencies')}
        data={agencyOptions}
        searchable
        clearable
        hidePickedOptions
        openOnFocus={false}
        nothingFoundMessage="—"
        {...form.getInputProps('agencyIds')}
      />
      <Textarea label={t('mou.fields.otherParties')} placeholder={t('mou.placeholders.otherParties')} autosize minRows={1} maxRows={4} {...form.getInputProps('otherParties')} />

      <Divider label={t('mou.sectionDates')} labelPosition="left" mt="xs" />
      <Input.Wrapper label={t('mou.fields.status')} labelElement="div" labelProps={{ id: statusLabel }} withAsterisk>
        <div>
          <SegmentedControl
            aria-labelledby={statusLabel}
            fullWidth
            value={status}
            onChange={(value) => setStatus(value as MouStatus)}
            data={MOU_STATUSES.map((s) => ({ value: s, label: t(`mou.status.${s}`) }))}
          />
        </div>
      </Input.Wrapper>
      <SimpleGrid cols={3} spacing="sm">
        <TextInput type="date" label={t('mou.fields.plannedDate')} {...form.getInputProps('plannedDate')} />
        <TextInput type="date" label={t('mou.fields.signedDate')} withAsterisk={signed} disabled={status === 'rencana'} {...form.getInputProps('signedDate')} />
        <TextInput type="date" label={t('mou.fields.validUntil')} description={t('mou.help.validUntil')} inputWrapperOrder={['label', 'input', 'description', 'error']} {...form.getInputProps('validUntil')} />
      </SimpleGrid>

      <Divider label={t('mou.sectionSignatories')} labelPosition="left" mt="xs" />
      <SignatoryFields form={form} />

      <Divider label={t('mou.sectionNotes')} labelPosition="left" mt="xs" />
      <Textarea label={t('mou.fields.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
    </Stack>
  );
}
