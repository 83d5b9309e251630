import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconEye, IconPencil, IconPlayerPlay, IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AgencyDto } from '../../../../shared/dto';
import { useCan } from '../../app/session';

interface Props {
  agency: AgencyDto;
  onEdit: (agency: AgencyDto) => void;
  onToggleActive: (agency: AgencyDto) => void;
}

/** Id of the agency's name link in its table row. */
export const agencyNameId = (id: string) => `agency-name-${id}`;

export function AgencyRowMenu({ agency, onEdit, onToggleActive }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Viewers only look: editing is not offered (and dispatch refuses it regardless).
  const canWrite = useCan('records.write');
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={200}>
      <Menu.Target>
        {/* The name is a description, not part of the label: labels such as "Catatan" must
            stay unambiguous while a form is open over the list ("Pencatatan Sipil"). */}
        <ActionIcon variant="subtle" color="gray" aria-label={t('common.actions')} aria-describedby={agencyNameId(agency.id)}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconEye size={16} />} onClick={() => void navigate(`/instansi/${agency.id}`)}>
          {t('agencies.view')}
        </Menu.Item>
        {canWrite && (
          <>
            <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(agency)}>
              {t('common.edit')}
            </Menu.Item>
            <Menu.Divider />
            {agency.active ? (
              <Menu.Item color="red" leftSection={<IconPlayerPause size={16} />} onClick={() => onToggleActive(agency)}>
                {t('agencies.deactivate')}
              </Menu.Item>
            ) : (
              <Menu.Item leftSection={<IconPlayerPlay size={16} />} onClick={() => onToggleActive(agency)}>
                {t('agencies.reactivate')}
              </Menu.Item>
            )}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
