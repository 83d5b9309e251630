import { useTranslation } from 'react-i18next';
import type { AgencyDto } from '../../../../shared/dto';
import { FormDrawer } from '../../components/forms/FormDrawer';
import { AgencyForm } from './AgencyForm';

interface Props {
  opened: boolean;
  /** Edit this agency; add a new one when absent. */
  agency?: AgencyDto;
  onClose: () => void;
  onSaved?: (saved: AgencyDto) => void;
}

export function AgencyFormDrawer({ opened, agency, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={agency ? t('agencies.editTitle') : t('agencies.createTitle')} size={600}>
      {/* The drawer unmounts its content when closed; the key separates agencies. */}
      <AgencyForm
        key={agency?.id ?? 'new'}
        agency={agency}
        onCancel={onClose}
        onDone={(saved) => {
          onSaved?.(saved);
          onClose();
        }}
      />
    </FormDrawer>
  );
}
