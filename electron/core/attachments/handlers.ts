import type { HandlersOf } from '../service';
import { addAttachment, deliverAttachment, listAttachments, unlinkAttachment } from './service';

export const attachmentHandlers: HandlersOf<'attachments'> = {
  'attachments.list': (input, ctx) => listAttachments(input, ctx),
  'attachments.add': (input, ctx) => addAttachment(input, ctx),
  'attachments.unlink': (input, ctx) => unlinkAttachment(input, ctx),
  'attachments.deliver': (input, ctx) => deliverAttachment(input, ctx),
};
