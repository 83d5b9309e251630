import { extname } from 'node:path';
import type { DeliveryResultDto } from '../../shared/dto';
import type { DeliverableFile, DeliveryMode, HostEffects, UpdateHost } from '../core/host';
import { fileChoosers, type OpenDialogDeps } from './fileChoosers';

/** The parts of Electron's shell and dialog the desktop host uses; tests pass fakes. */
export interface DesktopHostDeps {
  openPath(path: string): Promise<string>;
  showSaveDialog(options: { defaultPath: string; filters: Array<{ name: string; extensions: string[] }> }): Promise<{ canceled: boolean; filePath?: string }>;
  copyFile(from: string, to: string): Promise<void>;
  /** The user's Documents folder, where the save dialog starts. */
  documentsDir(): string;
  /** The app updater once the shell has started it (it needs the opened database). */
  updates?: () => UpdateHost | null;
  /** Open dialogs for archives, backups and the backup folder (main/fileChoosers.ts). */
  openDialogs?: OpenDialogDeps;
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'Dokumen PDF', extensions: ['pdf'] },
  '.xlsx': { name: 'Buku kerja Excel', extensions: ['xlsx'] },
  '.docx': { name: 'Dokumen Word', extensions: ['docx'] },
  '.png': { name: 'Gambar PNG', extensions: ['png'] },
  '.jpg': { name: 'Gambar JPEG', extensions: ['jpg', 'jpeg'] },
  '.jpeg': { name: 'Gambar JPEG', extensions: ['jpg', 'jpeg'] },
  '.csv': { name: 'CSV', extensions: ['csv'] },
  '.simpul': { name: 'Arsip Simpul', extensions: ['simpul'] },
  '.simpulkey': { name: 'Kunci publik kantor Simpul', extensions: ['simpulkey'] },
};

/**
 * Hands files to the user on the desktop: the system viewer opens them (and prints them), or
 * a save dialog run here in the main process picks where a copy goes. The page never names a
 * path; it only names a record.
 */
export function createDesktopHost(deps: DesktopHostDeps): HostEffects {
  return {
    async deliverFile(file: DeliverableFile, mode: DeliveryMode): Promise<DeliveryResultDto> {
      if (mode === 'open') {
        const error = await deps.openPath(file.path);
        if (error) throw new Error(`openPath failed: ${error}`);
        return { outcome: 'opened', fileName: file.fileName };
      }
      const filter = FILTERS[extname(file.fileName).toLowerCase()];
      const choice = await deps.showSaveDialog({
        defaultPath: `${deps.documentsDir()}/${file.fileName}`,
        filters: filter ? [filter] : [],
      });
      if (choice.canceled || !choice.filePath) return { outcome: 'cancelled', fileName: file.fileName };
      await deps.copyFile(file.path, choice.filePath);
      return { outcome: 'saved', fileName: file.fileName };
    },
    // Only ever the app's own data folder: the core passes its path, the page names nothing.
    async openFolder(path: string): Promise<void> {
      const error = await deps.openPath(path);
      if (error) throw new Error(`openPath failed: ${error}`);
    },
    get updates() {
      return deps.updates?.() ?? undefined;
    },
    ...(deps.openDialogs ? fileChoosers(deps.openDialogs) : {}),
  };
}
