import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDeviceFloppy, IconExternalLink, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GeneratedDocumentDto } from '../../../../shared/dto';
import type { DeliveryMode } from '../../api/documents';
import { useDocumentTask } from './useDeliverDocument';

interface Props {
  label: string;
  icon: Icon;
  /** Writes the document (a mutation) and returns its record. */
  generate: () => Promise<GeneratedDocumentDto>;
  /** What the main button does; the menu offers the other. */
  defaultMode?: DeliveryMode;
  variant?: 'default' | 'light' | 'filled';
  disabled?: boolean;
  size?: 'xs' | 'sm';
}

/**
 * A split button for a generated document: the main part makes it and opens it (or saves a
 * copy), the arrow offers the other way. Failures are announced with the core's own message.
 */
export function DocumentActions({ label, icon: LeftIcon, generate, defaultMode = 'open', variant = 'default', disabled, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const task = useDocumentTask();
  const busy = task.busy;
  const run = (mode: DeliveryMode) => task.run(label, generate, mode);

  return (
    <Button.Group>
      <Button variant={variant} size={size} leftSection={<LeftIcon size={17} />} loading={busy !== null} disabled={disabled} onClick={() => void run(defaultMode)}>
        {label}
      </Button>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button variant={variant} size={size} px={8} disabled={disabled || busy !== null} aria-label={t('documentActions.more', { label })}>
            <IconChevronDown size={16} />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconExternalLink size={16} />} onClick={() => void run('open')}>
            {t('documentActions.open')}
          </Menu.Item>
          <Menu.Item leftSection={<IconDeviceFloppy size={16} />} onClick={() => void run('saveAs')}>
            {t('documentActions.saveAs')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Button.Group>
  );
}
