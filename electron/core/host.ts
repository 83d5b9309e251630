import type { DeliveryResultDto, UpdateStatusDto } from '../../shared/dto';

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
  /** Shows a folder of the app's data in the system's file manager (desktop only). */
  openFolder?(path: string): Promise<void>;
  /** The app updater, whose state lives in the desktop main process (absent elsewhere). */
  updates?: UpdateHost;
  /**
   * A file the user picks in the desktop's open dialog (an archive or a backup to restore):
   * the main process owns the path, the page only ever gets a token (desktop only).
   */
  chooseFile?(options: ChooseFileOptions): Promise<ChosenFile | null>;
  /** A folder the user picks for backups, e.g. on a USB drive (desktop only). */
  chooseFolder?(options: { title: string }): Promise<string | null>;
}

export interface ChooseFileOptions {
  title: string;
  filters: Array<{ name: string; extensions: string[] }>;
}

export interface ChosenFile {
  path: string;
  fileName: string;
  sizeBytes: number;
}

/** What the core may ask of the desktop updater (electron/main/updates). */
export interface UpdateHost {
  status(): UpdateStatusDto;
  /** Starts a check unless one is running and returns at once: a check may wait on the network. */
  checkNow(): UpdateStatusDto;
  /** Backs the database up, then quits and runs the downloaded installer; false if it could not. */
  installNow(): Promise<boolean>;
  /** The office profile was saved: re-read the admin switch and the feed address. */
  settingsChanged(): void;
}
