import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionPlanDto } from '../../../../shared/dto';
import { useCommitmentTemplates } from '../../api/actionPlans';
import classes from '../../components/forms/FormDrawer.module.css';
import { ActionPlanForm } from './ActionPlanForm';

interface Props {
  opened: boolean;
  plan?: ActionPlanDto;
  eventId?: string;
  onClose: () => void;
  onSaved?: (saved: ActionPlanDto) => void;
}

export function ActionPlanFormDrawer({ opened, plan, eventId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  // The form opens once the templates are known, so a new plan starts with the default one.
  const templates = useCommitmentTemplates();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={plan ? t('actionPlans.editTitle') : t('actionPlans.createTitle')}
      size={760}
      classNames={{ body: classes.body, content: classes.content, title: classes.title }}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {templates.data && (
        <ActionPlanForm
          key={plan?.id ?? 'new'}
          plan={plan}
          eventId={eventId}
          onCancel={onClose}
          onDone={(saved) => {
            onClose();
            onSaved?.(saved);
          }}
        />
      )}
    </Drawer>
  );
}
