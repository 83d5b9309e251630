import { chmod, copyFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import {
  createSessionHolder,
  DataFolderUnavailableError,
  DatabaseFromFutureError,
  ForeignDatabaseError,
  MigrationFailedError,
  openCore,
  sessionContext,
  type SimpulCore,
} from '../core';
import { backupDatabaseFile } from '../core/db/backup';
import type { Result } from '../../shared/result';
import { APP_ENTRY_URL, APP_ORIGIN } from './appOrigin';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './appProtocol';
import { openExternalSafely } from './externalLinks';
import { createDesktopHost } from './desktopHost';
import { logFailure, mainLog } from './mainLog';
import { mainFrameSenderCheck, registerIpc } from './ipc';
import { applicationMenuTemplate } from './menu';
import { installNavigationGuards, installPermissionDenial, type NavigationPolicy } from './navigationGuards';
import { createDesktopUpdates } from './updates/desktopUpdates';
import type { UpdateController } from './updates/updateController';
import { readUpdateSettings } from './updates/updateSettingsReader';
import { mainWindowOptions } from './windowOptions';

/**
 * The Electron shell's lifecycle. Everything privileged that is not Electron lives in the core;
 * this file only wires the pieces (each small module is unit-tested on its own).
 */

const APP_USER_MODEL_ID = 'id.go.ombudsman.simpul';
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));

// electron-vite's dev server, honoured only outside the installed app: a packaged build must
// never show a page whose address came from the environment.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const allowedOrigins: readonly string[] = devServerUrl ? [APP_ORIGIN, devServerUrl] : [APP_ORIGIN];

const CLOSING_RESULT: Result<never> = {
  ok: false,
  error: { code: 'PRECONDITION', message: 'Aplikasi sedang ditutup.' },
};

let core: SimpulCore | null = null;
// Started once the database is open: it reads the office's update settings through the core.
let updates: UpdateController | null = null;

const desktopHost = createDesktopHost({
  openPath: (path) => shell.openPath(path),
  showSaveDialog: (options) =>
    mainWindow && !mainWindow.isDestroyed() ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
  // Stored attachments are read-only; the user's own copy should not be.
  copyFile: async (from, to) => {
    await copyFile(from, to);
    await chmod(to, 0o644);
  },
  documentsDir: () => app.getPath('documents'),
  updates: () => updates,
  openDialogs: {
    showOpenDialog: (options) =>
      mainWindow && !mainWindow.isDestroyed() ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    fileSize: async (path) => (await stat(path)).size,
  },
});
let mainWindow: BrowserWindow | null = null;
// The main window's sign-in: the session id stays here in the main process, never in the page.
let mainWindowSession = createSessionHolder();

const navigationPolicy: NavigationPolicy = {
  allowedOrigins,
  openExternal: (url) => {
    openExternalSafely(url, (safeUrl) => shell.openExternal(safeUrl)).catch(logFailure('shell.openExternal'));
  },
};

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function showAbout(): void {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: 'Tentang Simpul',
    message: `Simpul ${app.getVersion()}`,
    detail: 'Jejaring simpul, pengaduan, dan kegiatan untuk kantor perwakilan Ombudsman Republik Indonesia.',
    buttons: ['Tutup'],
  };
  const shown = mainWindow && !mainWindow.isDestroyed() ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
  shown.catch(logFailure('menu.about'));
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(PRELOAD_PATH));
  // Also installed by 'web-contents-created'; the guard is idempotent, this keeps it explicit.
  installNavigationGuards(window.webContents, navigationPolicy);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    core?.endSession(mainWindowSession);
    mainWindowSession = createSessionHolder();
  });
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch(logFailure('window.load'));
  return window;
}

async function openCoreOrQuit(): Promise<boolean> {
  const userData = app.getPath('userData');
  try {
    core = await openCore({
      dbPath: join(userData, 'simpul.sqlite'),
      backupDir: join(userData, 'backups'),
      appVersion: app.getVersion(),
      // Fonts and the default logo: extraResources when installed, the repository in development.
      resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
      // A backup at start-up (and hourly) whenever the newest is older than a day.
      autoBackup: true,
      logError: mainLog().logError,
    });
    return true;
  } catch (error) {
    // The core's start-up refusals carry a message written for the clerk (Indonesian).
    const refusal =
      error instanceof DatabaseFromFutureError ||
      error instanceof ForeignDatabaseError ||
      error instanceof MigrationFailedError ||
      error instanceof DataFolderUnavailableError;
    const message = refusal
      ? error.message
      : `Basis data Simpul tidak dapat dibuka. Hubungi admin kantor.\n\n${error instanceof Error ? error.message : String(error)}`;
    mainLog().error('core.open', error);
    dialog.showErrorBox('Simpul tidak dapat dibuka', message);
    app.quit();
    return false;
  }
}

async function onReady(): Promise<void> {
  installPermissionDenial(session.defaultSession);
  if (!(await openCoreOrQuit())) return;
  handleAppProtocol(protocol, RENDERER_DIR, (filePath) => readFile(filePath));
  registerIpc(ipcMain, {
    dispatch: (channel, input, ctx) => (core ? core.dispatch(channel, input, ctx) : Promise.resolve(CLOSING_RESULT)),
    // Dispatch resolves the window's session to its user on every call (core/auth/access.ts).
    contextFor: () => sessionContext('ipc', mainWindowSession, 'id', desktopHost),
    log: mainLog(),
    isTrustedSender: mainFrameSenderCheck({
      allowedOrigins,
      mainFrame: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.mainFrame : null),
    }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ isPackaged: app.isPackaged, showAbout })));
  mainWindow = createMainWindow();
  startUpdates();
}

/** Background updates: never awaited, never a dialog; the status line shows where they stand. */
function startUpdates(): void {
  if (!core) return;
  const { runtime, paths } = core;
  updates = createDesktopUpdates({
    loadSettings: () => readUpdateSettings(core?.dispatch ?? null),
    // In the backups folder, listed with the office's other backups (label pre-update-v<version>),
    // under the backup lock so it never reads a file a restore is replacing.
    backupDatabase: (label) => runtime.maintenance(() => backupDatabaseFile(runtime.dbPath, paths.backupsDir, label)),
  });
  updates.start();
}

function start(): void {
  app.setName('Simpul');
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  // Sandbox every renderer, including any a library might create.
  app.enableSandbox();
  registerAppSchemeAsPrivileged(protocol);

  app.on('second-instance', focusMainWindow);
  // The last line of defence: every webContents, whoever creates it, gets the same guards.
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, navigationPolicy));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!core) return;
    // Close the database (WAL checkpoint) before the process ends; when a downloaded update is
    // to install on 'quit' (electron-updater), back the closed file up first. Then quit for real.
    event.preventDefault();
    const closing = core;
    core = null;
    closing
      .close()
      .catch(logFailure('core.close'))
      .then(() => updates?.prepareForQuit())
      .catch(logFailure('updates.prepareForQuit'))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      mainLog().error('app.start', error);
      dialog.showErrorBox('Simpul tidak dapat dibuka', 'Terjadi kesalahan saat memulai aplikasi. Hubungi admin kantor.');
      app.quit();
    });
}

// One Simpul per user: a second launch focuses the running window instead of opening the
// database twice.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
