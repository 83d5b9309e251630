import { ActionIcon, Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDots, IconFileText, IconFlag, IconLink, IconMail, IconMailExclamation, IconPencil, IconPrinter, IconSend, IconUserEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailDto } from '../../../../../shared/dto';
import { usePrintCaseFile } from '../../../api/cases';
import { useDocumentTask } from '../../../components/documents/useDeliverDocument';
import { notifyError } from '../../../components/notify';
import type { OpenDialog } from './caseDialog';

interface Props {
  c: CaseDetailDto;
  canWrite: boolean;
  /** False while a confidential identity sits in the case's text (or the check has not answered). */
  printable: boolean;
  /** Asks the core again right before a print; true when clean. */
  recheckLeaks: () => Promise<boolean>;
  open: OpenDialog;
}

/** The case page's actions: stage, forwarding, letters and the case file, and the rarer edits. */
export function CaseActions({ c, canWrite, printable, recheckLeaks, open }: Props) {
  const { t } = useTranslation();
  const printFile = usePrintCaseFile();
  const task = useDocumentTask();
  const closed = c.closedOn !== null;
  const blocked = t('cases.leak.blocked');

  const guarded = (run: () => void) => async () => {
    if (await recheckLeaks()) run();
    else notifyError(t('cases.leak.title'), blocked);
  };
  const printCaseFile = guarded(() => void task.run(t('cases.print.caseFile'), () => printFile.mutateAsync(c.id), 'open'));

  return (
    <>
      {canWrite && !c.forwardedOn && !closed && (
        <Button variant="default" leftSection={<IconSend size={16} />} onClick={() => open({ kind: 'forward' })}>
          {t('cases.forward.action')}
        </Button>
      )}
      <Menu position="bottom-end" withinPortal shadow="md" width={260}>
        <Menu.Target>
          <Button variant="default" leftSection={<IconPrinter size={16} />} rightSection={<IconChevronDown size={14} />} loading={task.busy !== null}>
            {t('cases.print.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {canWrite && !closed && (
            <>
              <Menu.Item leftSection={<IconMail size={16} />} disabled={!printable} onClick={guarded(() => open({ kind: 'letter', letterKind: 'klarifikasi' }))}>
                {t('cases.print.klarifikasi')}
              </Menu.Item>
              <Menu.Item leftSection={<IconMailExclamation size={16} />} disabled={!printable} onClick={guarded(() => open({ kind: 'letter', letterKind: 'pengingat' }))}>
                {t('cases.print.pengingat')}
              </Menu.Item>
              <Menu.Divider />
            </>
          )}
          <Menu.Item leftSection={<IconFileText size={16} />} disabled={!printable} onClick={() => void printCaseFile()}>
            {t('cases.print.caseFile')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {canWrite && (
        <Button leftSection={<IconFlag size={16} />} onClick={() => open({ kind: 'stage' })}>
          {closed ? t('cases.stage.reopen') : t('cases.stage.action')}
        </Button>
      )}
      {canWrite && (
        <Menu position="bottom-end" withinPortal shadow="md" width={240}>
          <Menu.Target>
            <ActionIcon variant="default" size="lg" aria-label={t('cases.detail.more')}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => open({ kind: 'editCase' })}>
              {t('cases.detail.editCase')}
            </Menu.Item>
            {c.canSeeIdentity && (
              <Menu.Item leftSection={<IconUserEdit size={16} />} onClick={() => open({ kind: 'editReporter' })}>
                {t('cases.detail.editReporter')}
              </Menu.Item>
            )}
            <Menu.Item leftSection={<IconLink size={16} />} onClick={() => open({ kind: 'link' })}>
              {t('cases.links.add')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
    </>
  );
}
