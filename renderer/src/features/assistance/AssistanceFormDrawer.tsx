import { useTranslation } from 'react-i18next';
import type { AssistanceDto } from '../../../../shared/dto';
import { FormDrawer, useStayOpenAfterCreate } from '../../components/forms/FormDrawer';
import { AssistanceForm } from './AssistanceForm';

interface Props {
  opened: boolean;
  item?: AssistanceDto;
  agencyId?: string;
  onClose: () => void;
}

/** Record or edit a session; after recording, the drawer stays open so files can be attached. */
export function AssistanceFormDrawer({ opened, item, agencyId, onClose }: Props) {
  const { t } = useTranslation();
  const { current, close, onDone } = useStayOpenAfterCreate(item, onClose);
  return (
    <FormDrawer opened={opened} onClose={close} title={current ? t('assistance.editTitle') : t('assistance.createTitle')} size={640}>
      <AssistanceForm key={current?.id ?? 'new'} item={current} agencyId={agencyId} onCancel={close} onDone={onDone} />
    </FormDrawer>
  );
}
