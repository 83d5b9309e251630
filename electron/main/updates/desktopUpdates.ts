import { app, net } from 'electron';
import { NsisUpdater } from 'electron-updater';
import { mainLog } from '../mainLog';
import { createUpdateController, type UpdateController, type UpdateSettings } from './updateController';

const describe = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

export interface DesktopUpdateOptions {
  /** The admin's switch and the feed from the office profile (null before first run ends). */
  loadSettings(): Promise<UpdateSettings | null>;
  /** Copies the database into the backups folder before an install; resolves to the copy. */
  backupDatabase(label: string): Promise<string>;
}

/**
 * The Electron side of updates: electron-updater's NsisUpdater (Electron app adapter, Electron's
 * network stack with the system proxy), Chromium's online flag and the database backup. Only the
 * installed Windows app updates itself; development builds and other systems show "unavailable".
 */
export function createDesktopUpdates(options: DesktopUpdateOptions): UpdateController {
  let updater: NsisUpdater | null = null;
  if (app.isPackaged && process.platform === 'win32') {
    // The feed comes from the office settings (setFeedURL); app-update.yml still provides the
    // cache folder name and, for signed builds, the publisher whose signature is required.
    updater = new NsisUpdater();
    // electron-updater's own chatter: warnings and errors only (each failure is also classified
    // by the controller); never a dialog.
    updater.logger = {
      info: () => {},
      warn: (message: unknown) => mainLog().warn('updates.updater', String(message)),
      error: (message: unknown) => mainLog().warn('updates.updater', String(message)),
    };
  }
  return createUpdateController({
    updater,
    app: { version: app.getVersion(), isPackaged: app.isPackaged },
    isOnline: () => net.isOnline(),
    loadSettings: options.loadSettings,
    backupDatabase: options.backupDatabase,
    log: (message, error) => (error === undefined ? mainLog().info('updates', message) : mainLog().warn('updates', `${message}: ${describe(error)}`)),
  });
}
