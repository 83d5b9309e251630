import { ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeDocx, IconFileTypePdf, IconPhoto } from '@tabler/icons-react';
import type { AttachmentKind } from '../../../../shared/attachments';

const ICONS = { pdf: IconFileTypePdf, png: IconPhoto, jpeg: IconPhoto, docx: IconFileTypeDocx, xlsx: IconFileSpreadsheet } as const;
const COLORS = { pdf: 'red', png: 'grape', jpeg: 'grape', docx: 'blue', xlsx: 'teal' } as const;

export function AttachmentIcon({ kind }: { kind: AttachmentKind }) {
  const Icon = ICONS[kind];
  return (
    <ThemeIcon variant="light" color={COLORS[kind]} size={34} radius="md" aria-hidden>
      <Icon size={20} stroke={1.6} />
    </ThemeIcon>
  );
}
