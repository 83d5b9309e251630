import { basename } from 'node:path';
import type { ChooseFileOptions, ChosenFile } from '../core/host';

/** The part of Electron's dialog module used here; tests pass a fake. */
export interface OpenDialogDeps {
  showOpenDialog(options: {
    title: string;
    filters?: Array<{ name: string; extensions: string[] }>;
    properties: Array<'openFile' | 'openDirectory' | 'createDirectory'>;
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Size of a chosen file (fs.stat), so the page can show it. */
  fileSize(path: string): Promise<number>;
}

/**
 * Files and folders picked in the desktop's own dialogs, run here in the main process: the
 * path goes to the core, which hands the page only a token. This is how a large archive or a
 * backup on a USB drive is chosen without its bytes passing through the page.
 */
export function fileChoosers(deps: OpenDialogDeps): {
  chooseFile(options: ChooseFileOptions): Promise<ChosenFile | null>;
  chooseFolder(options: { title: string }): Promise<string | null>;
} {
  return {
    async chooseFile(options) {
      const choice = await deps.showOpenDialog({ title: options.title, filters: options.filters, properties: ['openFile'] });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return null;
      return { path, fileName: basename(path), sizeBytes: await deps.fileSize(path) };
    },
    async chooseFolder(options) {
      const choice = await deps.showOpenDialog({ title: options.title, properties: ['openDirectory', 'createDirectory'] });
      const path = choice.filePaths[0];
      return choice.canceled || !path ? null : path;
    },
  };
}
