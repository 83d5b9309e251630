import {
  IconFlag,
  IconMail,
  IconMailOpened,
  IconNote,
  IconPhone,
  IconSend,
  IconUserQuestion,
  IconUserCheck,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { CaseEventKind } from '../../../../../shared/dto';

/** How each kind of timeline entry looks: icon and colour. */
export const EVENT_LOOK: Record<CaseEventKind, { icon: Icon; color: string }> = {
  note: { icon: IconNote, color: 'gray' },
  letter_sent: { icon: IconMail, color: 'simpul' },
  reply_received: { icon: IconMailOpened, color: 'teal' },
  call: { icon: IconPhone, color: 'cyan' },
  meeting: { icon: IconUsersGroup, color: 'indigo' },
  stage_change: { icon: IconFlag, color: 'violet' },
  forwarded: { icon: IconSend, color: 'simpul' },
  reporter_request: { icon: IconUserQuestion, color: 'orange' },
  reporter_response: { icon: IconUserCheck, color: 'teal' },
};
