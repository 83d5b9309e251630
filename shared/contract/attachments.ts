import { z } from 'zod';
import { ATTACHABLE_ENTITIES, MAX_ATTACHMENT_BASE64, MAX_ATTACHMENT_LABEL, MAX_FILE_NAME, sanitizeFileName } from '../attachments';
import type { AttachmentDto } from '../dto';
import { recordId } from '../validation';
import { delivery, mutation, query } from './define';

const entity = z.enum(ATTACHABLE_ENTITIES, { error: 'invalidOption' });

/** The file's name as picked by the user; folders and characters Windows refuses are dropped. */
export const attachmentFileName = () =>
  z
    .string({ error: 'required' })
    .max(1000, { error: 'tooLong' })
    .transform(sanitizeFileName)
    .pipe(z.string().min(1, { error: 'required' }).max(MAX_FILE_NAME));

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The file's bytes as base64 text (how the page sends a picked file over IPC). Its length is
 * checked before anything else, so an oversized file costs nothing but this comparison.
 */
export const attachmentContent = () =>
  z.string({ error: 'required' }).superRefine((s, ctx) => {
    if (s.length > MAX_ATTACHMENT_BASE64) {
      ctx.addIssue({ code: 'custom', message: 'attachmentTooLarge', params: { max: MAX_ATTACHMENT_LABEL } });
    } else if (s.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'attachmentEmpty' });
    } else if (s.length % 4 !== 0 || !BASE64_RE.test(s)) {
      ctx.addIssue({ code: 'custom', message: 'attachmentUnreadable' });
    }
  });

export const attachmentAddInput = z
  .object({ entity, entityId: recordId(), fileName: attachmentFileName(), base64: attachmentContent() })
  .strict();
export type AttachmentAddInput = z.input<typeof attachmentAddInput>;

export const attachmentChannels = {
  'attachments.list': query<AttachmentDto[]>()(z.object({ entity, entityId: recordId() }).strict(), 'app.read'),
  'attachments.add': mutation<AttachmentDto>()(attachmentAddInput, 'records.write'),
  /** Removes the file from this record; the stored copy goes once no record uses it. */
  'attachments.unlink': mutation<{ id: string }>()(z.object({ id: recordId() }).strict(), 'records.write'),
  /** Opens (system viewer) or saves a copy (save dialog); the page names the link, never a path. */
  'attachments.deliver': delivery()(
    z.object({ id: recordId(), mode: z.enum(['open', 'saveAs'], { error: 'invalidOption' }).default('open') }).strict(),
    'app.read',
  ),
};
