import { randomBytes } from 'node:crypto';
import type { DeliverableFile, DeliveryMode, HostEffects } from '../core/host';

export const FILES_PREFIX = '/__simpul/files/';
const LIFETIME_MS = 10 * 60 * 1000;

interface Offer {
  file: DeliverableFile;
  mode: DeliveryMode;
  expires: number;
}

/**
 * The browser preview's way of handing a file over: a link with an unguessable token that
 * works for ten minutes. The page opens it in a tab (open) or downloads it (saveAs).
 */
export class PreviewDownloads {
  private readonly offers = new Map<string, Offer>();

  host(): HostEffects {
    return {
      deliverFile: async (file, mode) => {
        this.prune();
        const token = randomBytes(18).toString('base64url');
        this.offers.set(token, { file, mode, expires: Date.now() + LIFETIME_MS });
        return { outcome: 'download', fileName: file.fileName, url: `${FILES_PREFIX}${token}/${encodeURIComponent(file.fileName)}` };
      },
    };
  }

  /** The offer behind a /__simpul/files/<token>/<name> path, if still valid. */
  take(pathname: string): Offer | null {
    this.prune();
    const token = pathname.slice(FILES_PREFIX.length).split('/')[0] ?? '';
    return this.offers.get(token) ?? null;
  }

  private prune(): void {
    const now = Date.now();
    for (const [token, offer] of this.offers) if (offer.expires < now) this.offers.delete(token);
  }
}
