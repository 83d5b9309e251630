import type { BrowserWindowConstructorOptions } from 'electron';

/** The window's background before the first paint, matching the renderer's body colour. */
export const WINDOW_BACKGROUND = '#f8f9fa';

/**
 * Options of the one main window. Every webPreferences flag is spelled out, even where it is
 * Electron's default, so a reader (and the test) can check the whole security checklist here:
 * https://www.electronjs.org/docs/latest/tutorial/security#checklist-security-recommendations
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Simpul',
    width: 1280,
    height: 800,
    minWidth: 1100,
    minHeight: 700,
    // Shown on 'ready-to-show' so the clerk never sees a blank white frame.
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}
