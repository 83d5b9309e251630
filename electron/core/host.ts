import type { DeliveryResultDto } from '../../shared/dto';

/** A file the core produced or stores, ready to hand to the user. Never sent to the page. */
export interface DeliverableFile {
  /** Absolute path inside the app's data folder. */
  path: string;
  /** The name the user sees (and the save dialog suggests). */
  fileName: string;
  mimeType: string;
}

export type DeliveryMode = 'open' | 'saveAs';

/**
 * What only the transport can do: the desktop opens the system viewer or a save dialog
 * (the path is chosen in the main process, never by the page); the browser preview offers a
 * one-time download link. Tests record the calls.
 */
export interface HostEffects {
  deliverFile(file: DeliverableFile, mode: DeliveryMode): Promise<DeliveryResultDto>;
}
