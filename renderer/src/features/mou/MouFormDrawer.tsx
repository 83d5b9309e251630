import { useTranslation } from 'react-i18next';
import type { MouDto } from '../../../../shared/dto';
import { FormDrawer, useStayOpenAfterCreate } from '../../components/forms/FormDrawer';
import { MouForm } from './MouForm';

interface Props {
  opened: boolean;
  mou?: MouDto;
  agencyId?: string;
  onClose: () => void;
}

/**
 * Add or edit an MoU. After adding, the drawer stays open on the new MoU so its scanned
 * document can be attached right away.
 */
export function MouFormDrawer({ opened, mou, agencyId, onClose }: Props) {
  const { t } = useTranslation();
  const { current, close, onDone } = useStayOpenAfterCreate(mou, onClose);
  return (
    <FormDrawer opened={opened} onClose={close} title={current ? t('mou.editTitle') : t('mou.createTitle')} size={680}>
      <MouForm key={current?.id ?? 'new'} mou={current} agencyId={agencyId} onCancel={close} onDone={onDone} />
    </FormDrawer>
  );
}
