import { Button, FileButton, Stack } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../../shared/attachments';
import type { StagedFileDto } from '../../../../shared/dto';
import { ApiError } from '../../api/ApiError';
import { stageFile } from '../../api/archive';
import { useLang } from '../../app/i18n';
import { readFileAsBase64 } from '../../components/attachments/readFileAsBase64';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  purpose: 'archive' | 'backup';
  /** The desktop app picks in its own dialog (any size); the browser preview uploads (size-limited). */
  canChooseFiles: boolean;
  maxBytes: number;
  label: string;
  accept: string;
  variant?: string;
  disabled?: boolean;
  onStaged(file: StagedFileDto): void;
}

/**
 * Chooses a file for the core to check: in the desktop app the main process shows its open
 * dialog and keeps the path (the page only gets a token), so large archives never pass
 * through the page; the browser preview has no such dialog and sends the bytes instead.
 */
export function StagedFilePicker({ purpose, canChooseFiles, maxBytes, label, accept, variant, disabled, onStaged }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const stage = useMutation({
    mutationFn: async (file: File | null): Promise<StagedFileDto | null> => {
      if (canChooseFiles) return stageFile({ source: 'dialog', purpose });
      if (!file) return null;
      if (file.size > maxBytes) throw new ApiError({ code: 'VALIDATION', message: t('archive.import.upload', { max: formatFileSize(maxBytes, lang) }) });
      return stageFile({ source: 'upload', purpose, fileName: file.name, base64: await readFileAsBase64(file) });
    },
    onSuccess: (staged) => staged && onStaged(staged),
  });
  const icon = <IconFileUpload size={18} />;
  return (
    <Stack gap="xs">
      {canChooseFiles ? (
        <Button leftSection={icon} variant={variant} onClick={() => stage.mutate(null)} loading={stage.isPending} disabled={disabled}>
          {label}
        </Button>
      ) : (
        <FileButton onChange={(file) => stage.mutate(file)} accept={accept} disabled={disabled}>
          {(props) => (
            <Button {...props} leftSection={icon} variant={variant} loading={stage.isPending}>
              {label}
            </Button>
          )}
        </FileButton>
      )}
      {stage.error ? <ErrorAlert error={stage.error} /> : null}
    </Stack>
  );
}
