import { z } from 'zod';

/** The longest feed address accepted (the database CHECK says the same). */
export const UPDATE_FEED_URL_MAX = 500;

/**
 * An update feed is a folder on a web server holding latest.yml and the installer. Head
 * office may serve it on its intranet, so http is accepted next to https (electron-updater
 * still checks each download's sha512 and, for signed builds, its signature); credentials
 * in the URL and other schemes are not.
 */
export function isUpdateFeedUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !url.username && !url.password && !url.hash;
  } catch {
    return false;
  }
}

/** The feed field of the office profile: trimmed; '' means "no feed configured". */
export const updateFeedUrlField = () =>
  z
    .string({ error: 'invalidType' })
    .refine((s) => !/\p{Cc}/u.test(s), { error: 'singleLine' })
    .transform((s) => s.trim())
    .pipe(z.string().max(UPDATE_FEED_URL_MAX))
    .refine((s) => s === '' || isUpdateFeedUrl(s), { error: 'updateFeedUrl' });
