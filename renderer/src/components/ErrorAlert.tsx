import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/ApiError';
import { useLang } from '../app/i18n';
import { fieldErrorText } from './errorText';

interface Props {
  error: unknown;
  /** Heading override, e.g. "Gagal memuat data"; defaults to the error code's title. */
  title?: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** Field errors not shown next to an input (none of the form's fields matched); all when omitted. */
  extraFields?: string[];
  /** A way out specific to the situation, e.g. "Muat ulang data terbaru" after a conflict. */
  action?: ReactNode;
}

/**
 * Whether a form's alert adds anything: not when every field error already sits on its
 * input and the general message only repeats one of them (e.g. a duplicate name).
 */
export function formAlertNeeded(error: unknown, formPaths: readonly string[]): boolean {
  if (!isApiError(error) || !error.hasFieldErrors) return true;
  const fields = Object.entries(error.fields);
  if (fields.some(([path]) => !formPaths.includes(path))) return true;
  return !fields.some(([, f]) => f.message === error.message);
}

/** Shows a server (or bridge) error with its own message, never a generic "failed". */
export function ErrorAlert({ error, title, onRetry, retrying, extraFields, action }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const code = isApiError(error) ? error.code : 'INTERNAL';
  let message: string;
  if (isApiError(error)) message = error.code === 'TRANSPORT' ? t('errors.transport') : error.message;
  else message = error instanceof Error && error.message ? error.message : t('errors.unexpected');
  const unplaced = isApiError(error)
    ? (extraFields ?? Object.keys(error.fields)).map((path) => error.fields[path]).filter((f) => f !== undefined)
    : [];

  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title={title ?? t(`errors.title.${code}`)} role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {unplaced.length > 0 && (
          <List size="sm">
            {unplaced.map((f, i) => (
              <List.Item key={i}>{fieldErrorText(f, lang)}</List.Item>
            ))}
          </List>
        )}
        {(onRetry || action) && (
          <Group gap="xs">
            {action}
            {onRetry && (
              <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} />} onClick={onRetry} loading={retrying}>
                {t('common.retry')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
