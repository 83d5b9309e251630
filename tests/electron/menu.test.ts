import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from '../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('applicationMenuTemplate', () => {
  it('has the Indonesian top-level menus', () => {
    const labels = applicationMenuTemplate({ isPackaged: true, showAbout: () => {} }).map((item) => item.label);
    expect(labels).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
  });

  it('offers quit, reload, zoom and full screen', () => {
    const roles = flatten(applicationMenuTemplate({ isPackaged: true, showAbout: () => {} })).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['quit', 'reload', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('offers developer tools only outside the installed app', () => {
    const packaged = flatten(applicationMenuTemplate({ isPackaged: true, showAbout: () => {} }));
    const dev = flatten(applicationMenuTemplate({ isPackaged: false, showAbout: () => {} }));
    expect(packaged.some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(dev.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('"Tentang Simpul" shows the about dialog', () => {
    const showAbout = vi.fn();
    const about = flatten(applicationMenuTemplate({ isPackaged: true, showAbout })).find(
      (item) => item.label === 'Tentang Simpul',
    );
    (about?.click as () => void)();
    expect(showAbout).toHaveBeenCalledOnce();
  });
});
