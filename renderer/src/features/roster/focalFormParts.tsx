import { Select, SimpleGrid, TextInput, type SelectProps } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { END_REASONS, FOCAL_ROLES } from '../../../../shared/dto';

/** A calendar date as the browser's date input gives it (YYYY-MM-DD); no extra package needed. */
export function DateField({ label, inputProps, required, description, max, autoFocus }: { label: string; inputProps: GetInputPropsReturnType; required?: boolean; description?: string; max?: string; autoFocus?: boolean }) {
  // data-autofocus: the modal puts the cursor here when it opens.
  return <TextInput type="date" label={label} withAsterisk={required} description={description} max={max} data-autofocus={autoFocus || undefined} {...inputProps} />;
}

/** Number and date of the letter or decree (SK) that appointed the focal point. */
export function DecreeFields({ number, date }: { number: GetInputPropsReturnType; date: GetInputPropsReturnType }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={2} spacing="sm">
      <TextInput label={t('focal.decreeNumber')} placeholder={t('focal.decreeNumberPlaceholder')} {...number} />
      <DateField label={t('focal.decreeDate')} inputProps={date} />
    </SimpleGrid>
  );
}

export function EndReasonSelect({ inputProps, clearable, required = true, ...rest }: { inputProps: GetInputPropsReturnType; clearable?: boolean; required?: boolean } & Partial<SelectProps>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('focal.endReason')}
      placeholder={t('focal.endReasonPlaceholder')}
      data={END_REASONS.map((r) => ({ value: r, label: t(`focal.endReasons.${r}`) }))}
      withAsterisk={required}
      allowDeselect={clearable ?? false}
      clearable={clearable}
      {...inputProps}
      {...rest}
      value={(inputProps.value as string) || null}
      onChange={(value) => (inputProps.onChange as (v: string) => void)(value ?? '')}
    />
  );
}

export function RoleSelect({ inputProps }: { inputProps: GetInputPropsReturnType }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('focal.role')}
      data={FOCAL_ROLES.map((r) => ({ value: r, label: t(`focal.roles.${r}`) }))}
      withAsterisk
      allowDeselect={false}
      {...inputProps}
      value={(inputProps.value as string) || null}
      onChange={(value) => (inputProps.onChange as (v: string) => void)(value ?? '')}
    />
  );
}
