import type { UpdateStatusDto } from '../../../shared/dto';
import type { UpdateHost } from '../../core/host';
import { classifyUpdateError, type UpdatePhase } from './updateErrors';

/**
 * The app updater's behaviour, kept apart from Electron so it runs in plain Node tests with a
 * real electron-updater (fake app adapter, local feed). Rules (issue "Windows releases and
 * updates"): never block start-up or work, never a dialog, only ask the feed when online,
 * download in the background, install on quit or when the user chooses, back the database up
 * before any install, and leave electron-updater's sha512 and signature checks as they are.
 */

/** The parts of electron-updater's AppUpdater (NsisUpdater on Windows) this module drives. */
export interface UpdaterPort {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  disableWebInstaller: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<{
    isUpdateAvailable: boolean;
    updateInfo: { version: string };
    downloadPromise?: Promise<unknown> | null;
    cancellationToken?: { cancel(): void };
  } | null>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
}

/** The admin's switch and the feed, from the office profile; null before the profile exists. */
export interface UpdateSettings {
  enabled: boolean;
  feedUrl: string;
}

export interface UpdateTiming {
  /** After start-up, so the first check never competes with opening the app. */
  firstCheckMs: number;
  /** After the feed answered. */
  checkEveryMs: number;
  /** After no network, an unreachable feed or a failed download. */
  retryMs: number;
}

export const UPDATE_TIMING: UpdateTiming = { firstCheckMs: 15_000, checkEveryMs: 4 * 60 * 60_000, retryMs: 30 * 60_000 };

export interface UpdateControllerDeps {
  /** null where updates cannot run (development, not Windows). */
  updater: UpdaterPort | null;
  app: { version: string; isPackaged: boolean };
  isOnline(): boolean;
  loadSettings(): Promise<UpdateSettings | null>;
  /** Copies the database aside; resolves to the copy's path. */
  backupDatabase(label: string): Promise<string>;
  now?: () => Date;
  timing?: Partial<UpdateTiming>;
  log?: (message: string, error?: unknown) => void;
}

export interface UpdateController extends UpdateHost {
  /** Schedules the first check; returns at once. */
  start(): void;
  /** Stops the schedule and any download (the app is closing). */
  stop(): void;
  /** Called while the app quits, before electron-updater runs the installer on 'quit'. */
  prepareForQuit(): Promise<void>;
  /** Resolves once no check or download is running. */
  idle(): Promise<void>;
}

export function createUpdateController(deps: UpdateControllerDeps): UpdateController {
  const now = deps.now ?? (() => new Date());
  const timing: UpdateTiming = { ...UPDATE_TIMING, ...deps.timing };
  const log = deps.log ?? (() => {});
  const updater = deps.updater && deps.app.isPackaged ? deps.updater : null;

  let status: UpdateStatusDto = {
    state: updater ? 'idle' : 'unavailable',
    currentVersion: deps.app.version,
    availableVersion: null,
    percent: null,
    problem: null,
    lastCheckedAt: null,
    nextCheckAt: null,
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let runAgain = false;
  let stopped = false;
  let feedInUse: string | null = null;
  let download: { cancel(): void } | null = null;
  let cancelledByUs = false;
  let backedUpFor: string | null = null;
  // The version electron-updater holds ready (it installs it on 'quit' while autoInstallOnAppQuit).
  let downloadedVersion: string | null = null;

  const set = (patch: Partial<UpdateStatusDto>) => {
    status = { ...status, ...patch };
  };

  const unschedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    set({ nextCheckAt: null });
  };

  const schedule = (ms: number) => {
    unschedule();
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, ms);
    // Electron keeps running regardless; a plain Node process (tests, CLI) may end meanwhile.
    timer.unref?.();
    set({ nextCheckAt: new Date(now().getTime() + ms).toISOString() });
  };

  const cancelDownload = () => {
    if (!download) return;
    cancelledByUs = true;
    download.cancel();
  };

  /** Applies the admin's switch and feed; true when a check may go ahead. */
  const applySettings = (u: UpdaterPort, settings: UpdateSettings | null): boolean => {
    if (settings === null || !settings.enabled || settings.feedUrl === '') {
      cancelDownload();
      // A downloaded update stays in the cache but no longer installs on quit.
      u.autoInstallOnAppQuit = false;
      unschedule();
      set({ state: settings && !settings.enabled ? 'disabled' : 'notConfigured', availableVersion: null, percent: null, problem: null });
      return false;
    }
    u.autoInstallOnAppQuit = true;
    if (status.state === 'downloaded' && settings.feedUrl === feedInUse) return false;
    if (settings.feedUrl !== feedInUse) {
      u.setFeedURL({ provider: 'generic', url: settings.feedUrl });
      feedInUse = settings.feedUrl;
    }
    return true;
  };

  const checkAndDownload = async (u: UpdaterPort) => {
    set({ state: 'checking', problem: null, percent: null, lastCheckedAt: now().toISOString() });
    let phase: UpdatePhase = 'check';
    try {
      const result = await u.checkForUpdates();
      if (!result || !result.isUpdateAvailable) {
        set({ state: 'upToDate', availableVersion: null });
        schedule(timing.checkEveryMs);
        return;
      }
      phase = 'download';
      set({ state: 'downloading', availableVersion: result.updateInfo.version, percent: 0 });
      download = result.cancellationToken ?? null;
      await result.downloadPromise;
      download = null;
      downloadedVersion = result.updateInfo.version;
      if (status.state === 'downloading') set({ state: 'downloaded', percent: 100 });
    } catch (error) {
      download = null;
      if (cancelledByUs) {
        cancelledByUs = false;
        return;
      }
      const problem = classifyUpdateError(error, phase);
      log(`${phase} failed (${problem})`, error);
      set({ state: 'error', problem, percent: null });
      schedule(timing.retryMs);
    }
  };

  /** One pass: read the settings, then check and download if allowed. Never throws. */
  const pass = async () => {
    if (!updater || stopped) return;
    let settings: UpdateSettings | null;
    try {
      settings = await deps.loadSettings();
    } catch (error) {
      log('could not read the update settings', error);
      schedule(timing.retryMs);
      return;
    }
    if (stopped || !applySettings(updater, settings)) return;
    if (!deps.isOnline()) {
      // Not an error: offices work offline for days. Try again soon, quietly.
      set({ state: 'offline', problem: null, percent: null });
      schedule(timing.retryMs);
      return;
    }
    unschedule();
    await checkAndDownload(updater);
  };

  const run = (): Promise<void> => {
    if (running) {
      runAgain = true;
      return running;
    }
    running = pass().finally(() => {
      running = null;
      if (runAgain && !stopped) {
        runAgain = false;
        void run();
      }
    });
    return running;
  };

  /** The database copy made before an install, once per downloaded version. */
  const backupOnce = async (version: string): Promise<boolean> => {
    if (backedUpFor === version) return true;
    try {
      await deps.backupDatabase(`pre-update-v${version}`);
      log(`database backed up before installing ${version}`);
      backedUpFor = version;
      return true;
    } catch (error) {
      log('backup before the update failed; the update is held back', error);
      // Never an install without its backup, not even on quit; the next pass tries again.
      if (updater) updater.autoInstallOnAppQuit = false;
      set({ state: 'error', problem: 'backupFailed' });
      return false;
    }
  };

  updater?.on('download-progress', (progress) => {
    if (status.state === 'downloading') set({ percent: Math.max(0, Math.min(100, Math.round(progress.percent))) });
  });

  return {
    status: () => ({ ...status }),

    start() {
      if (!updater) return;
      // Background download; the install waits for quit or for the user.
      updater.autoDownload = true;
      updater.autoInstallOnAppQuit = true;
      // Simpul ships a full NSIS installer; a web installer's package may escape the signature check.
      updater.disableWebInstaller = true;
      schedule(timing.firstCheckMs);
    },

    stop() {
      stopped = true;
      unschedule();
      cancelDownload();
    },

    checkNow() {
      if (!updater || stopped || running) return { ...status };
      unschedule();
      void run();
      return { ...status };
    },

    settingsChanged() {
      if (!updater || stopped) return;
      // A download under way is stopped at once when the admin switches updates off.
      if (download) {
        deps
          .loadSettings()
          .then((s) => {
            if (!s || !s.enabled || s.feedUrl !== feedInUse) cancelDownload();
          })
          .catch(() => {});
      }
      void run();
    },

    async installNow() {
      if (!updater || status.state !== 'downloaded' || status.availableVersion === null) return false;
      const version = status.availableVersion;
      if (!(await backupOnce(version))) {
        schedule(timing.retryMs);
        return false;
      }
      stopped = true;
      unschedule();
      set({ state: 'installing' });
      // Silent install, then Simpul starts again; migrations run as on every start.
      updater.quitAndInstall(true, true);
      return true;
    },

    async prepareForQuit() {
      stopped = true;
      unschedule();
      cancelDownload();
      if (!updater || downloadedVersion === null || !updater.autoInstallOnAppQuit) return;
      await backupOnce(downloadedVersion);
    },

    async idle() {
      while (running) await running;
    },
  };
}
