import { describe, expect, it } from 'vitest';
import type { DeliverableFile } from '../../electron/core/host';
import { createDesktopHost, type DesktopHostDeps } from '../../electron/main/desktopHost';

const FILE: DeliverableFile = { path: '/data/documents/2025/01a2.pdf', fileName: 'Daftar Narahubung - 2025-11-22.pdf', mimeType: 'application/pdf' };

/** Fakes of Electron's shell and dialog that record what the host asked of them. */
function fakes(overrides: Partial<DesktopHostDeps> = {}) {
  const calls: Array<[string, ...unknown[]]> = [];
  const deps: DesktopHostDeps = {
    openPath: async (path) => (calls.push(['openPath', path]), ''),
    showSaveDialog: async (options) => (calls.push(['showSaveDialog', options]), { canceled: false, filePath: 'C:\\Users\\staf\\Documents\\daftar.pdf' }),
    copyFile: async (from, to) => void calls.push(['copyFile', from, to]),
    documentsDir: () => 'C:\\Users\\staf\\Documents',
    ...overrides,
  };
  return { host: createDesktopHost(deps), calls };
}

describe('desktop host', () => {
  it('opens the file in the system viewer', async () => {
    const { host, calls } = fakes();
    await expect(host.deliverFile(FILE, 'open')).resolves.toEqual({ outcome: 'opened', fileName: FILE.fileName });
    expect(calls).toEqual([['openPath', FILE.path]]);
  });

  it('fails loudly when the system cannot open it', async () => {
    const { host } = fakes({ openPath: async () => 'No application is associated with the file' });
    await expect(host.deliverFile(FILE, 'open')).rejects.toThrow(/No application/);
  });

  it('saves a copy where the user chose, suggesting the Documents folder and a PDF filter', async () => {
    const { host, calls } = fakes();
    await expect(host.deliverFile(FILE, 'saveAs')).resolves.toEqual({ outcome: 'saved', fileName: FILE.fileName });
    expect(calls[0]).toEqual([
      'showSaveDialog',
      { defaultPath: `C:\\Users\\staf\\Documents/${FILE.fileName}`, filters: [{ name: 'Dokumen PDF', extensions: ['pdf'] }] },
    ]);
    expect(calls[1]).toEqual(['copyFile', FILE.path, 'C:\\Users\\staf\\Documents\\daftar.pdf']);
  });

  it('offers the Excel filter for workbooks', async () => {
    const { host, calls } = fakes();
    await host.deliverFile({ ...FILE, fileName: 'Daftar.XLSX' }, 'saveAs');
    expect((calls[0][1] as { filters: unknown }).filters).toEqual([{ name: 'Buku kerja Excel', extensions: ['xlsx'] }]);
  });

  it('copies nothing when the user cancels the dialog', async () => {
    for (const answer of [{ canceled: true }, { canceled: false, filePath: '' }]) {
      const { host, calls } = fakes({ showSaveDialog: async () => answer });
      await expect(host.deliverFile(FILE, 'saveAs')).resolves.toEqual({ outcome: 'cancelled', fileName: FILE.fileName });
      expect(calls.filter(([name]) => name === 'copyFile')).toEqual([]);
    }
  });
});
