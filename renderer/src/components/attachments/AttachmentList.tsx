import { ActionIcon, Alert, Button, Group, Loader, Menu, Modal, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconDots, IconDownload, IconExternalLink, IconLinkOff, IconLock, IconPaperclip } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_ACCEPT, ATTACHMENT_KINDS, formatFileSize, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_LABEL, type AttachableEntity } from '../../../../shared/attachments';
import type { AttachmentDto } from '../../../../shared/dto';
import { msg } from '../../../../shared/messages';
import { ApiError, isApiError } from '../../api/ApiError';
import { useAddAttachment, useAttachments, useDeliverAttachment, useUnlinkAttachment } from '../../api/attachments';
import { useLang } from '../../app/i18n';
import { finishDelivery } from '../deliveredFile';
import { ErrorAlert } from '../ErrorAlert';
import { fieldErrorText } from '../errorText';
import { formatShortDate } from '../formatTimestamp';
import { notifyError, notifySuccess } from '../notify';
import { AttachmentIcon } from './AttachmentIcon';
import classes from './AttachmentList.module.css';
import { readFileAsBase64 } from './readFileAsBase64';
import { useCan } from '../../app/session';

interface Props {
  entity: AttachableEntity;
  /** The record's id; null while it is not saved yet (nothing to attach to). */
  entityId: string | null;
  readOnly?: boolean;
}

/** The most specific text of a failed attach: the file's own problem, else the message. */
function problemText(error: unknown, lang: 'id' | 'en', fallback: string): string {
  if (isApiError(error)) {
    const field = error.fields.base64 ?? error.fields.fileName ?? Object.values(error.fields)[0];
    return field ? fieldErrorText(field, lang) : error.code === 'TRANSPORT' ? fallback : error.message;
  }
  return fallback;
}

/**
 * Files attached to one record: list, attach (file picker, read in the page and sent as
 * base64), open or save a copy, and remove with a confirmation. Used by every feature whose
 * records carry files (MoU scans, assistance attendance lists, complaint letters, ...).
 */
export function AttachmentList({ entity, entityId, readOnly: readOnlyHere }: Props) {
  const { t } = useTranslation();
  // Roles without records.write only open and save copies (dispatch refuses the rest anyway).
  const canWrite = useCan('records.write');
  const readOnly = readOnlyHere || !canWrite;
  const lang = useLang();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const list = useAttachments(entity, entityId);
  const add = useAddAttachment();
  const unlink = useUnlinkAttachment();
  const deliver = useDeliverAttachment();
  const [adding, setAdding] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ name: string; text: string } | null>(null);
  const [confirming, setConfirming] = useState<AttachmentDto | null>(null);

  if (!entityId) {
    return (
      <Text size="sm" c="dimmed">
        {t('attachments.saveFirst')}
      </Text>
    );
  }

  const attachFiles = async (files: File[]) => {
    setProblem(null);
    for (const file of files) {
      // Checked here too, so a large file is not read and sent only to be refused.
      if (file.size > MAX_ATTACHMENT_BYTES) {
        setProblem({ name: file.name, text: msg('attachmentTooLarge', { max: MAX_ATTACHMENT_LABEL }, lang) });
        continue;
      }
      setAdding(file.name);
      try {
        const base64 = await readFileAsBase64(file).catch(() => {
          throw new ApiError({ code: 'TRANSPORT', message: t('attachments.unreadable') });
        });
        const saved = await add.mutateAsync({ entity, entityId, fileName: file.name, base64 });
        notifySuccess(t('attachments.added'), saved.fileName);
      } catch (error) {
        setProblem({ name: file.name, text: problemText(error, lang, isApiError(error) ? error.message : t('errors.unexpected')) });
      } finally {
        setAdding(null);
      }
    }
    if (inputRef.current) inputRef.current.value = '';
  };

  const open = async (a: AttachmentDto, mode: 'open' | 'saveAs') => {
    try {
      const result = await deliver.mutateAsync({ id: a.id, mode });
      if (finishDelivery(result, mode) === 'saved') notifySuccess(t('attachments.saved'), result.fileName);
    } catch (error) {
      notifyError(t('attachments.openFailed'), isApiError(error) ? error.message : t('errors.unexpected'));
    }
  };

  const confirmUnlink = async () => {
    if (!confirming) return;
    try {
      await unlink.mutateAsync(confirming);
      notifySuccess(t('attachments.unlinked'), confirming.fileName);
      setConfirming(null);
    } catch {
      // Shown in the dialog from the mutation's state.
    }
  };

  const items = list.data ?? [];
  return (
    <Stack gap="sm">
      {list.isError && <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />}
      {list.isPending && <Skeleton h={44} radius="md" />}
      {!list.isPending && items.length === 0 && !adding && (
        <Text size="sm" c="dimmed">
          {t('attachments.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <ul className={classes.list} aria-label={t('attachments.title')}>
          {items.map((a) =>
            a.restricted ? (
              <li key={a.id} className={classes.item} data-restricted>
                <IconLock size={20} aria-hidden />
                <div className={classes.name}>
                  <Text size="sm" fw={600} c="dimmed">
                    {t('attachments.restricted')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('attachments.restrictedHint')} · {formatShortDate(a.createdAt, lang)}
                  </Text>
                </div>
              </li>
            ) : (
            <li key={a.id} className={classes.item}>
              <AttachmentIcon kind={a.kind} />
              <UnstyledButton className={classes.name} onClick={() => void open(a, 'open')} aria-label={t('attachments.openNamed', { name: a.fileName })}>
                <Text size="sm" fw={600} truncate="end" title={a.fileName}>
                  {a.fileName}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('attachments.meta', { kind: ATTACHMENT_KINDS[a.kind].label, size: formatFileSize(a.sizeBytes, lang), date: formatShortDate(a.createdAt, lang) })}
                </Text>
              </UnstyledButton>
              <Menu position="bottom-end" withinPortal shadow="md" width={200}>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('attachments.actionsFor', { name: a.fileName })}>
                    <IconDots size={18} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconExternalLink size={16} />} onClick={() => void open(a, 'open')}>
                    {t('attachments.open')}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconDownload size={16} />} onClick={() => void open(a, 'saveAs')}>
                    {t('attachments.saveAs')}
                  </Menu.Item>
                  {!readOnly && (
                    <>
                      <Menu.Divider />
                      <Menu.Item color="red" leftSection={<IconLinkOff size={16} />} onClick={() => setConfirming(a)}>
                        {t('attachments.unlink')}
                      </Menu.Item>
                    </>
                  )}
                </Menu.Dropdown>
              </Menu>
            </li>
            ),
          )}
        </ul>
      )}
      {adding && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('attachments.adding', { name: adding })}
          </Text>
        </Group>
      )}
      {problem && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('attachments.addFailed')} role="alert" withCloseButton onClose={() => setProblem(null)} closeButtonLabel={t('common.close')}>
          <Text size="sm" fw={600}>
            {problem.name}
          </Text>
          <Text size="sm">{problem.text}</Text>
        </Alert>
      )}
      {!readOnly && (
        <Group gap="sm" align="center">
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept={ATTACHMENT_ACCEPT}
            multiple
            hidden
            onChange={(e) => void attachFiles(Array.from(e.currentTarget.files ?? []))}
          />
          <Button variant="light" size="xs" leftSection={<IconPaperclip size={16} />} onClick={() => inputRef.current?.click()} loading={adding !== null}>
            {t('attachments.add')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('attachments.hint')}
          </Text>
        </Group>
      )}
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={t('attachments.unlinkTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <Text size="sm">{confirming && t('attachments.unlinkText', { name: confirming.fileName })}</Text>
          {unlink.isError && <ErrorAlert error={unlink.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)} disabled={unlink.isPending}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirmUnlink()} loading={unlink.isPending}>
              {t('attachments.unlink')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
