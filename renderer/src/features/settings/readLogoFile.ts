import { isAcceptableLogo, LOGO_MAX_BYTES } from '../../../../shared/contract/settings';

export type LogoReadResult =
  | { ok: true; dataUrl: string }
  | { ok: false; reason: 'wrongType' | 'tooLarge' | 'unreadable' | 'invalid'; sizeKb?: number };

const ACCEPTED_TYPES = ['image/png', 'image/jpeg'];

/**
 * Checks an uploaded logo before it goes into the form: type and size first (cheap, with
 * a specific message), then the same signature check the core applies to the data URL.
 */
export function readLogoFile(file: File): Promise<LogoReadResult> {
  if (!ACCEPTED_TYPES.includes(file.type)) return Promise.resolve({ ok: false, reason: 'wrongType' });
  if (file.size > LOGO_MAX_BYTES) {
    return Promise.resolve({ ok: false, reason: 'tooLarge', sizeKb: Math.ceil(file.size / 1024) });
  }
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onerror = () => resolve({ ok: false, reason: 'unreadable' });
    reader.onload = () => {
      const dataUrl = typeof reader.result === 'string' ? reader.result : '';
      resolve(isAcceptableLogo(dataUrl) ? { ok: true, dataUrl } : { ok: false, reason: 'invalid' });
    };
    reader.readAsDataURL(file);
  });
}
