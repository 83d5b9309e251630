import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { NsisUpdater } from 'electron-updater';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupDatabaseFile } from '../../../electron/core/db/backup';
import { createUpdateController, type UpdateController, type UpdateSettings } from '../../../electron/main/updates/updateController';
import { tempDir } from '../../helpers/tempCore';
import { fakeApp, NodeUpdateHttpExecutor, startLocalFeed, unreachableFeedUrl, type FakeApp, type LocalFeed } from '../../helpers/updateFeed';

/**
 * The update module against a real electron-updater NsisUpdater (fake app adapter, Node's http
 * instead of Electron's net) and a feed served on 127.0.0.1: the cases of issue 8.
 */

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

let dir: string;
let feed: LocalFeed;
let app: FakeApp;
let updater: NsisUpdater;
let settings: UpdateSettings | null;
let online: boolean;
let events: string[];
let controller: UpdateController;

function makeController(options: { backup?: (label: string) => Promise<string> } = {}) {
  controller = createUpdateController({
    updater,
    app: { version: app.version, isPackaged: true },
    isOnline: () => online,
    loadSettings: async () => settings,
    backupDatabase:
      options.backup ??
      (async (label) => {
        events.push(`backup ${label}`);
        return join(dir, `${label}.sqlite`);
      }),
    timing: { firstCheckMs: 5, checkEveryMs: 3_600_000, retryMs: 3_600_000 },
  });
  return controller;
}

function makeUpdater(publisherName?: string) {
  app = fakeApp(dir, '0.1.0', publisherName);
  updater = new NsisUpdater(null, app);
  updater.logger = quiet;
  // electron-updater leaves the HTTP executor unset when an app adapter is injected.
  (updater as unknown as { httpExecutor: NodeUpdateHttpExecutor }).httpExecutor = new NodeUpdateHttpExecutor();
  // electron-updater's test switch: read the Windows feed (latest.yml, not latest-linux.yml) on
  // this machine, and download whole installers (no previous installer to diff against).
  (updater as unknown as { _testOnlyOptions: object })._testOnlyOptions = { platform: 'win32', isUseDifferentialDownload: false };
  // Installing would spawn the downloaded file and quit Electron: record the calls instead.
  vi.spyOn(updater, 'quitAndInstall').mockImplementation((silent, runAfter) => void events.push(`quitAndInstall silent=${silent} runAfter=${runAfter}`));
  vi.spyOn(updater, 'install').mockImplementation((silent) => (events.push(`install silent=${silent}`), true));
}

/** Runs one check to its end. */
async function check() {
  controller.checkNow();
  await controller.idle();
  return controller.status();
}

const cachedInstallers = () => {
  const cache = join(app.baseCachePath, 'simpul-updater', 'pending');
  return existsSync(cache) ? readdirSync(cache).filter((name) => name.endsWith('.exe')) : [];
};

beforeEach(async () => {
  dir = tempDir('simpul-updates-');
  feed = await startLocalFeed('0.2.0');
  settings = { enabled: true, feedUrl: feed.url };
  online = true;
  events = [];
  makeUpdater();
  makeController();
});

afterEach(async () => {
  controller.stop();
  await controller.idle();
  await feed.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('update available', () => {
  it('downloads in the background, checks it, and waits for quit or the user', async () => {
    const progress: number[] = [];
    updater.on('download-progress', (p: { percent: number }) => progress.push(p.percent));
    const status = await check();
    expect(status).toMatchObject({ state: 'downloaded', currentVersion: '0.1.0', availableVersion: '0.2.0', percent: 100, problem: null });
    expect(status.lastCheckedAt).not.toBeNull();
    expect(feed.requests).toContain('/simpul/latest.yml');
    expect(feed.requests).toContain('/simpul/Simpul-Setup-0.2.0.exe');
    expect(cachedInstallers()).toEqual(['Simpul-Setup-0.2.0.exe']);
    expect(progress.length).toBeGreaterThan(0);
    // Nothing installs by itself while the app runs, and no more checks are scheduled.
    expect(events).toEqual([]);
    expect(status.nextCheckAt).toBeNull();
  });

  it('installs when the user chooses: the database is backed up first, then a silent install that restarts Simpul', async () => {
    await check();
    await expect(controller.installNow()).resolves.toBe(true);
    expect(events).toEqual(['backup pre-update-v0.2.0', 'quitAndInstall silent=true runAfter=true']);
    expect(controller.status().state).toBe('installing');
  });

  it('installs on quit: the backup is made while quitting, before electron-updater runs the installer', async () => {
    await check();
    expect(updater.autoInstallOnAppQuit).toBe(true);
    await controller.prepareForQuit();
    expect(app.quitHandlers).toHaveLength(1);
    for (const handler of app.quitHandlers) handler(0);
    expect(events).toEqual(['backup pre-update-v0.2.0', 'install silent=true']);
  });

  it('holds the update back when the database cannot be backed up', async () => {
    makeController({
      backup: async () => {
        throw new Error('disk full');
      },
    });
    await check();
    await expect(controller.installNow()).resolves.toBe(false);
    expect(controller.status()).toMatchObject({ state: 'error', problem: 'backupFailed' });
    await controller.prepareForQuit();
    expect(updater.autoInstallOnAppQuit).toBe(false);
    for (const handler of app.quitHandlers) handler(0);
    expect(events).toEqual([]);
  });

  it('backs up a real database file into the backups folder', async () => {
    const dbPath = join(dir, 'simpul.sqlite');
    const db = new Database(dbPath);
    db.exec(`CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('kept')`);
    db.close();
    makeController({ backup: (label) => backupDatabaseFile(dbPath, join(dir, 'backups'), label) });
    await check();
    await controller.installNow();
    const [copy] = readdirSync(join(dir, 'backups'));
    expect(copy).toMatch(/^simpul-pre-update-v0\.2\.0-.*\.sqlite$/);
    const restored = new Database(join(dir, 'backups', copy!), { readonly: true });
    expect(restored.prepare('SELECT x FROM t').pluck().get()).toBe('kept');
    restored.close();
  });
});

describe('no update', () => {
  it('reports up to date and schedules the next check hours later', async () => {
    feed.setVersion('0.1.0');
    const status = await check();
    expect(status).toMatchObject({ state: 'upToDate', availableVersion: null, problem: null });
    expect(Date.parse(status.nextCheckAt!) - Date.now()).toBeGreaterThan(3_500_000);
    expect(feed.requests.filter((p) => p.endsWith('.exe'))).toEqual([]);
    expect(cachedInstallers()).toEqual([]);
  });
});

describe('no network, feed unreachable', () => {
  it('does not even ask the feed while offline, and says so quietly', async () => {
    online = false;
    const status = await check();
    expect(status).toMatchObject({ state: 'offline', problem: null });
    expect(status.nextCheckAt).not.toBeNull();
    expect(feed.requests).toEqual([]);
  });

  it('reports an unreachable feed as a quiet status, and tries again later', async () => {
    settings = { enabled: true, feedUrl: await unreachableFeedUrl() };
    const status = await check();
    expect(status).toMatchObject({ state: 'error', problem: 'unreachable' });
    expect(status.nextCheckAt).not.toBeNull();
  });

  it('reports a feed without latest.yml as a feed problem', async () => {
    settings = { enabled: true, feedUrl: feed.url.replace('/simpul/', '/salah/') };
    expect(await check()).toMatchObject({ state: 'error', problem: 'feedInvalid' });
  });
});

describe('bad downloads', () => {
  it('refuses a corrupt download (sha512 mismatch): nothing is kept, nothing installs on quit', async () => {
    feed.setInstaller('corrupt');
    const status = await check();
    expect(status).toMatchObject({ state: 'error', problem: 'corrupt', availableVersion: '0.2.0' });
    expect(cachedInstallers()).toEqual([]);
    await expect(controller.installNow()).resolves.toBe(false);
    await controller.prepareForQuit();
    expect(app.quitHandlers).toEqual([]);
    expect(events).toEqual([]);
  });

  it('survives the network dropping mid-download, and finishes on a later attempt', async () => {
    feed.setInstaller('drop');
    expect(await check()).toMatchObject({ state: 'error', problem: 'interrupted' });
    expect(cachedInstallers()).toEqual([]);
    feed.setInstaller('ok');
    expect(await check()).toMatchObject({ state: 'downloaded', availableVersion: '0.2.0' });
    expect(cachedInstallers()).toEqual(['Simpul-Setup-0.2.0.exe']);
  });

  it('keeps the signature check on: a signed build refuses an installer the publisher did not sign', async () => {
    makeUpdater('Ombudsman Republik Indonesia');
    const checked: string[][] = [];
    // Windows' Authenticode check needs PowerShell; stand in with a verifier that finds no signature.
    updater.verifyUpdateCodeSignature = async (publishers) => (checked.push(publishers), 'not signed by Ombudsman Republik Indonesia');
    makeController();
    expect(await check()).toMatchObject({ state: 'error', problem: 'untrusted' });
    expect(checked).toEqual([['Ombudsman Republik Indonesia']]);
    expect(cachedInstallers()).toEqual([]);
  });
});

describe('the admin decides', () => {
  it('does nothing while updates are switched off', async () => {
    settings = { enabled: false, feedUrl: feed.url };
    expect(await check()).toMatchObject({ state: 'disabled' });
    expect(feed.requests).toEqual([]);
  });

  it('does nothing until a feed is configured (or the office profile exists)', async () => {
    settings = { enabled: true, feedUrl: '' };
    expect(await check()).toMatchObject({ state: 'notConfigured' });
    settings = null;
    expect(await check()).toMatchObject({ state: 'notConfigured' });
    expect(feed.requests).toEqual([]);
  });

  it('switching off after a download keeps the update from installing on quit', async () => {
    await check();
    settings = { enabled: false, feedUrl: feed.url };
    controller.settingsChanged();
    await controller.idle();
    expect(controller.status().state).toBe('disabled');
    await controller.prepareForQuit();
    for (const handler of app.quitHandlers) handler(0);
    expect(events).toEqual([]);
  });

  it('switching off during a download stops it at once', async () => {
    feed.setInstaller('stall');
    controller.checkNow();
    await vi.waitFor(() => expect(controller.status().state).toBe('downloading'), { timeout: 5_000 });
    await vi.waitFor(() => expect(feed.requests).toContain('/simpul/Simpul-Setup-0.2.0.exe'), { timeout: 5_000 });
    settings = { enabled: false, feedUrl: feed.url };
    controller.settingsChanged();
    await controller.idle();
    expect(controller.status()).toMatchObject({ state: 'disabled', availableVersion: null });
    expect(cachedInstallers()).toEqual([]);
    await controller.prepareForQuit();
    expect(app.quitHandlers).toEqual([]);
  });

  it('follows a changed feed address at once', async () => {
    settings = { enabled: true, feedUrl: await unreachableFeedUrl() };
    expect(await check()).toMatchObject({ problem: 'unreachable' });
    settings = { enabled: true, feedUrl: feed.url };
    controller.settingsChanged();
    await controller.idle();
    expect(controller.status()).toMatchObject({ state: 'downloaded', availableVersion: '0.2.0' });
  });
});

describe('start-up', () => {
  it('never blocks: start returns at once and the first check runs in the background', async () => {
    controller.start();
    expect(controller.status().state).toBe('idle');
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true, disableWebInstaller: true });
    expect(feed.requests).toEqual([]);
    await vi.waitFor(() => expect(controller.status().state).toBe('downloaded'), { timeout: 10_000 });
  });

  it('is unavailable outside the installed app', async () => {
    const dev = createUpdateController({
      updater,
      app: { version: '0.1.0', isPackaged: false },
      isOnline: () => true,
      loadSettings: async () => settings,
      backupDatabase: async () => '',
    });
    dev.start();
    expect(dev.checkNow().state).toBe('unavailable');
    await dev.idle();
    expect(feed.requests).toEqual([]);
    await expect(dev.installNow()).resolves.toBe(false);
  });
});
