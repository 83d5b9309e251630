import { Select, type SelectProps } from '@mantine/core';
import { useAgencyOptions } from './useAgencyOptions';

type Props = Omit<SelectProps, 'data' | 'value'> & { value: string | null };

/** Filters a list by one partner agency (searchable; an inactive chosen agency stays shown). */
export function AgencyFilterSelect({ value, ...props }: Props) {
  const agencies = useAgencyOptions(value ? [value] : []);
  return <Select data={agencies.options} value={value} clearable searchable nothingFoundMessage="—" disabled={agencies.isPending} {...props} />;
}
