import { Skeleton, Table } from '@mantine/core';

/** Placeholder rows while a table's first page loads: one bar a cell, `widths` in percent. */
export function SkeletonRows({ rows, widths }: { rows: number; widths: number[] }) {
  return Array.from({ length: rows }, (_, i) => (
    <Table.Tr key={i}>
      {widths.map((w, j) => (
        <Table.Td key={j}>
          <Skeleton h={14} w={`${w}%`} />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}
