import { describe, expect, it } from 'vitest';
import type { UpdateHost } from '../../../electron/core/host';
import type { Result } from '../../../shared/result';
import { createDesktopHost } from '../../../electron/main/desktopHost';
import { readUpdateSettings } from '../../../electron/main/updates/updateSettingsReader';

const baseDeps = {
  showSaveDialog: async () => ({ canceled: true }),
  copyFile: async () => {},
  documentsDir: () => 'C:\\Users\\staf\\Documents',
};

describe('desktop host: data folder and updater', () => {
  it('opens the data folder in the file manager, failing loudly when Windows cannot', async () => {
    const opened: string[] = [];
    const host = createDesktopHost({ ...baseDeps, openPath: async (path) => (opened.push(path), '') });
    await host.openFolder?.('C:\\Users\\staf\\AppData\\Roaming\\Simpul');
    expect(opened).toEqual(['C:\\Users\\staf\\AppData\\Roaming\\Simpul']);
    const broken = createDesktopHost({ ...baseDeps, openPath: async () => 'Access is denied' });
    await expect(broken.openFolder?.('C:\\x')).rejects.toThrow(/Access is denied/);
  });

  it('hands the core the updater once the shell has started it', () => {
    let updates: UpdateHost | null = null;
    const host = createDesktopHost({ ...baseDeps, openPath: async () => '', updates: () => updates });
    expect(host.updates).toBeUndefined();
    updates = { status: () => ({}) as never, checkNow: () => ({}) as never, installNow: async () => true, settingsChanged: () => {} };
    expect(host.updates).toBe(updates);
  });
});

describe('the updater reads its settings through dispatch', () => {
  const office = { updatesEnabled: false, updateFeedUrl: 'http://server-pusat/simpul/', officeName: 'x' };

  it('as a trusted in-process caller with a viewer’s rights', async () => {
    const seen: Array<{ channel: string; role: string | null; admin: boolean }> = [];
    const settings = await readUpdateSettings(async (channel, _input, ctx) => {
      seen.push({ channel, role: ctx.actor.role, admin: ctx.permissions.has('settings.write') });
      return { ok: true, value: office } as Result<unknown>;
    });
    expect(settings).toEqual({ enabled: false, feedUrl: 'http://server-pusat/simpul/' });
    expect(seen).toEqual([{ channel: 'settings.get', role: 'viewer', admin: false }]);
  });

  it('answers null before the office profile exists, and fails when the core is closed or refuses', async () => {
    await expect(readUpdateSettings(async () => ({ ok: true, value: null }))).resolves.toBeNull();
    await expect(readUpdateSettings(null)).rejects.toThrow(/closed/);
    await expect(readUpdateSettings(async () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'Tidak diizinkan' } }))).rejects.toThrow(/Tidak diizinkan/);
  });
});
