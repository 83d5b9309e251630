import { Select } from '@mantine/core';

interface Props {
  label: string;
  placeholder: string;
  /** The years the list has records in; the chosen year stays offered even when it has none. */
  years: number[];
  value: number | null;
  onChange: (year: number | null) => void;
}

/** A year filter, newest year first. */
export function YearFilter({ label, placeholder, years, value, onChange }: Props) {
  const data = [...new Set([...(value ? [value] : []), ...years])].sort((a, b) => b - a).map(String);
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={data}
      value={value ? String(value) : null}
      onChange={(year) => onChange(year ? Number(year) : null)}
      clearable
      w={130}
    />
  );
}
