import type { MenuItemConstructorOptions } from 'electron';

/** The application menu in Indonesian; roles give each item its native behaviour and shortcut. */
export interface MenuOptions {
  /** Developer tools are offered only outside the installed app. */
  isPackaged: boolean;
  showAbout: () => void;
}

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Muat ulang' },
    { type: 'separator' },
    { role: 'resetZoom', label: 'Ukuran asli' },
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar penuh' },
  ];
  if (!options.isPackaged) {
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Alat pengembang' });
  }
  return [
    { label: 'Berkas', submenu: [{ role: 'quit', label: 'Keluar' }] },
    {
      // Copy and paste shortcuts need these roles on macOS; on Windows they label the keys.
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih semua' },
      ],
    },
    { label: 'Tampilan', submenu: view },
    { label: 'Bantuan', submenu: [{ label: 'Tentang Simpul', click: () => options.showAbout() }] },
  ];
}
