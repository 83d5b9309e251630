import { z } from 'zod';
import type { OfficeSettingsDto } from '../dto';
import { letterPattern, optionalEmail, optionalNip, optionalPhone, optionalText, optionalUrl, requiredLine } from '../validation';
import { updateFeedUrlField } from '../updateFeed';
import { mutation, query } from './define';

export const LOGO_MAX_BYTES = 512 * 1024;
const LOGO_RE = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;

/** Accepts a PNG/JPEG data URL whose bytes really start with that format's signature. */
export function isAcceptableLogo(dataUrl: string): boolean {
  const m = LOGO_RE.exec(dataUrl);
  if (!m) return false;
  const b64 = m[2]!;
  if ((b64.length * 3) / 4 > LOGO_MAX_BYTES + 3) return false;
  const head = atob(b64.slice(0, 12));
  const bytes = Array.from(head, (c) => c.charCodeAt(0));
  if (m[1] === 'png') return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

export const officeSettingsInput = z
  .object({
    officeCode: z
      .string({ error: 'required' })
      .transform((s) => s.trim().toUpperCase())
      .pipe(z.string().min(1, { error: 'required' }).regex(/^[A-Z0-9]{2,12}$/, { error: 'officeCode' })),
    officeName: requiredLine(150),
    province: requiredLine(80),
    city: requiredLine(80),
    address: optionalText(400),
    phone: optionalPhone(),
    email: optionalEmail(),
    website: optionalUrl(),
    logoDataUrl: z
      .string()
      .refine(isAcceptableLogo, { error: 'logo' })
      .nullable()
      .default(null),
    headName: requiredLine(120),
    headPosition: requiredLine(120),
    headNip: optionalNip(),
    paperSize: z.enum(['A4', 'F4'], { error: 'invalidOption' }),
    letterNumberPattern: letterPattern(),
    staleAfterMonths: z.number({ error: 'invalidType' }).int({ error: 'invalidType' }).min(1, { error: 'staleMonths' }).max(36, { error: 'staleMonths' }).default(6),
    /** Idle minutes before a session locks (users and roles); left out = unchanged (15 when new). */
    idleLockMinutes: z.number({ error: 'invalidType' }).int({ error: 'invalidType' }).min(1, { error: 'idleLockMinutes' }).max(240, { error: 'idleLockMinutes' }).optional(),
    /** Admin switch and feed of automatic updates; left out = unchanged (on, no feed when new). */
    updatesEnabled: z.boolean({ error: 'invalidType' }).optional(),
    updateFeedUrl: updateFeedUrlField().optional(),
    /** The updatedAt the form was loaded with; a stale value is refused. */
    expectedUpdatedAt: z.string().max(40).nullable().default(null),
  })
  .strict();
export type OfficeSettingsInput = z.input<typeof officeSettingsInput>;

export const settingsChannels = {
  'settings.get': query<OfficeSettingsDto | null>()(z.undefined(), 'app.read'),
  'settings.update': mutation<OfficeSettingsDto>()(officeSettingsInput, 'settings.write'),
};
